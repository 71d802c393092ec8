#!/bin/sh
# Remakes panyu-2021-report.pdftotext.txt: the seed report's PDF (printed by LibreOffice 7.4.7.2 from the seed
# .docx, see /work/shared/reports/README.md) as pdftotext (poppler-utils 22.12.0) gives it back: page breaks are
# form feeds, lines broken where the PDF breaks them, spaces between digits and CJK.
cd "$(dirname "$0")" && pdftotext -layout -enc UTF-8 panyu-2021-report.pdf panyu-2021-report.pdftotext.txt
