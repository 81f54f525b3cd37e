* SPSS/PSPP reference for Analysenotater's OLS (REGRESSION) and RELIABILITY on models-data.csv.
* Run from this folder: pspp models-pspp.sps -o pspp-output.csv ; then /usr/bin/python3 pspp-to-values.py.
* PSPP 1.6.2. Full precision via SET FORMAT and OUTPUT MODIFY (see shared platform notes).
SET FORMAT=F24.12.
GET DATA /TYPE=TXT /FILE='models-data.csv' /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=','  /QUALIFIER='"'
  /VARIABLES=id F8.0 kommune F8.0 size F8.0 kjonn F8.0 alder F8.0 utd A12 x F12.4 y F12.4 q1 F8.0 q2 F8.0 q3 F8.0 q4 F8.0 q5 F8.0 vekt F12.6 stor F8.0.
COMPUTE kvinne = (kjonn = 2).
COMPUTE utdvgs = (utd = 'vgs').
COMPUTE utdhoyere = (utd = 'hoyere').
EXECUTE.
OUTPUT MODIFY /SELECT TABLES /TABLECELLS SELECT=[SIGNIFICANCE] FORMAT=E24.15.
REGRESSION /VARIABLES=kvinne alder x utdvgs utdhoyere stor /DEPENDENT=y /METHOD=ENTER /STATISTICS=COEFF R ANOVA CI(95).
RELIABILITY /VARIABLES=q1 q2 q3 q4 q5 /SCALE('alle') ALL /MODEL=ALPHA /SUMMARY=TOTAL.
