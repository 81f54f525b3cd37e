* Creates fixture-1252.sav: a legacy windows-1252 file (character code 1252, no UTF-8) with Norwegian letters.
SET LOCALE='windows-1252'.
DATA LIST FREE /fylke (F2.0) svar (F1.0) navn (A12).
BEGIN DATA
50 1 "Åfjord"
18 2 "Bø"
50 9 "Ørland"
END DATA.
VARIABLE LABELS fylke 'Fylke (nummer)' svar 'Fornøyd med hjelpa?' navn 'Kommunenavn på bokmål'.
VALUE LABELS fylke 50 'Trøndelag' 18 'Nordland' /svar 1 'Ja' 2 'Nei' 9 'Vet ikke'.
MISSING VALUES svar (9).
SAVE OUTFILE='fixture-1252.sav' /COMPRESSED.
