* Creates the SPSS fixtures read by SpssReaderTests (run make-fixtures.sh).
* One dataset saved three ways: uncompressed, bytecode-compressed and ZLIB (.zsav).
SET LOCALE='UTF-8'.
DATA LIST FREE /id (F4.0) kjonn (F1.0) q1 (F1.0) q2 (F2.0) q3 (F3.0) alder_ved_svar (F3.0) vekt (F8.4) kommune (A20) kort (A4) h1 (F1.0) h2 (F1.0) h3 (F1.0) kommentar (A500).
BEGIN DATA
1 1 5 1 10 34 1.2345 "Trondheim" "ja" 1 0 1 "Dette er en lang kommentar om tjenesten i kommunen, skrevet med æøå og ÆØÅ. Dette er en lang kommentar om tjenesten i kommunen, skrevet med æøå og ÆØÅ. Dette er en lang kommentar om tjenesten i kommunen, skrevet med æøå og ÆØÅ. Dette er en lang kommentar om tjenesten i kommunen, skrevet med æøå og ÆØÅ. Dette er en lang kommentar om tjenesten i kommunen, skrevet med æøå og ÆØÅ."
2 2 4 97 -5 51 0.5 "Bodø" "nei" 0 0 1 "Kort svar: bra."
3 . 6 98 99 . 2.75 "Ukjent" "NA" 1 1 0 ""
4 1 9 99 0 72 1000.125 "Namsos" "ja" 0 1 0 "Blå og grønn"
5 2 1 2 -99 18 0.0001 "Trondheim" "" . 0 1 "   innrykk"
6 1 . 90 151 25 -3.5 "Røros" "nei" 1 0 0 "Svært fornøyd"
7 2 3 5 152 99 1 "" "ja" 0 0 0 "ÆØÅ æøå"
END DATA.
VARIABLE LABELS
  id 'Løpenummer'
  kjonn 'Kjønn'
  q1 'Hvor fornøyd er du med tjenesten?'
  q2 'Antall år i tjenesten'
  q3 'Endring i poeng'
  alder_ved_svar 'Alder ved svar (år)'
  vekt 'Vekt for ikke-svar'
  kommune 'Kommune (navn)'
  kort 'Kort kode'
  h1 'Hjelp fra fastlegen'
  h2 'Hjelp fra NAV'
  h3 'Hjelp fra pårørende'
  kommentar 'Åpen kommentar: hva kan bli bedre?'.
VALUE LABELS
  kjonn 1 'Mann' 2 'Kvinne'
  /q1 1 'Svært misfornøyd' 2 'Misfornøyd' 3 'Både og' 4 'Fornøyd' 5 'Svært fornøyd' 6 'Ikke aktuelt' 9 'Vet ikke'
  /q2 97 'Har ikke' 98 'Vet ikke' 99 'Ubesvart'
  /q3 0 'Ingen endring' 99 'Ikke målt'
  /kommune 'Trondheim' 'Trondheim kommune' 'Bodø' 'Bodø kommune – Nordland' 'Ukjent' 'Ukjent kommune'
  /kort 'NA' 'Ikke oppgitt'
  /h1 h2 h3 0 'Nei' 1 'Ja'.
MISSING VALUES q1 (6, 9) /q2 (90 THRU 99) /q3 (LO THRU -50, 99) /kommune ('Ukjent') /kort ('NA').
VARIABLE LEVEL q1 (ORDINAL) /vekt (SCALE) /kommune (NOMINAL).
MRSETS /MDGROUP NAME=$hjelp LABEL='Hvem har hjulpet deg?' VARIABLES=h1 h2 h3 VALUE=1
  /MCGROUP NAME=$hjelpkat LABEL='Hjelp (kategorier)' VARIABLES=h1 h2.
DOCUMENT Testfil for Analysenotater: æøå.
SAVE OUTFILE='fixture-uncompressed.sav' /UNCOMPRESSED.
SAVE OUTFILE='fixture-compressed.sav' /COMPRESSED.
SAVE OUTFILE='fixture.zsav' /ZCOMPRESSED.
