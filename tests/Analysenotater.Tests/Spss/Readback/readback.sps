* PSPP reads back a file written by SpssWriter. SpssWriterTests replaces @FILE@ with the path and runs
*   pspp -O format=csv -o dictionary.csv readback.sps   and   pspp-convert -O csv file.sav data.csv
* then compares what PSPP prints with what was written.
GET FILE='@FILE@'.
DISPLAY DICTIONARY.
MRSETS /DISPLAY NAME=ALL.
DISPLAY DOCUMENTS.
SYSFILE INFO FILE='@FILE@'.
