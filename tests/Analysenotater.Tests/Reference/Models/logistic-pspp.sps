* SPSS/PSPP LOGISTIC REGRESSION reference for Analysenotater's LogisticRegression on models-data.csv.
* fornoyd = 1 if q1 is 4-5, 0 if 1-3, missing if q1 is missing (as logistic-reference.R).
* Run from this folder: pspp logistic-pspp.sps -o logistic-pspp-output.csv ; then /usr/bin/python3 logistic-pspp-to-values.py.
* PSPP 1.6.2. Full precision via SET FORMAT and OUTPUT MODIFY (see shared platform notes).
SET FORMAT=F24.12.
GET DATA /TYPE=TXT /FILE='models-data.csv' /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=','  /QUALIFIER='"'
  /VARIABLES=id F8.0 kommune F8.0 size F8.0 kjonn F8.0 alder F8.0 utd A12 x F12.4 y F12.4 q1 F8.0 q2 F8.0 q3 F8.0 q4 F8.0 q5 F8.0 vekt F12.6 stor F8.0.
COMPUTE fornoyd = (q1 >= 4).
COMPUTE kvinne = (kjonn = 2).
COMPUTE utdvgs = (utd = 'vgs').
COMPUTE utdhoyere = (utd = 'hoyere').
EXECUTE.
OUTPUT MODIFY /SELECT TABLES /TABLECELLS SELECT=[SIGNIFICANCE] FORMAT=E24.15.
LOGISTIC REGRESSION fornoyd WITH kvinne alder x utdvgs utdhoyere stor /PRINT=CI(95) /CRITERIA=BCON(1e-12) LCON(0) ITERATE(100) CUT(0.5).
LOGISTIC REGRESSION fornoyd WITH kvinne utdvgs utdhoyere /PRINT=CI(95) /CRITERIA=BCON(1e-12) LCON(0) ITERATE(100) CUT(0.5).
