"""Prints what python-docx reads from a .docx: the core properties, then each body paragraph as
`STYLE | text` and each table row as `TABLE | cell | cell ...`, in body order.

    /work/venv/bin/python Tests/Fixtures/docx/read_docx.py Tests/Fixtures/docx/sample.jixiao.docx \
        > Tests/Fixtures/docx/sample.python-docx.txt
"""
import sys

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def main(path):
    document = docx.Document(path)
    props = document.core_properties
    print(f"title | {props.title}")
    print(f"author | {props.author}")
    print(f"created | {props.created.isoformat() if props.created else ''}")
    section = document.sections[0]
    print(f"page | {section.page_width.mm:.0f} x {section.page_height.mm:.0f} mm, "
          f"margins {section.left_margin.cm:.2f} / {section.top_margin.cm:.2f} cm")
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit('}', 1)[-1]
        if tag == 'p':
            paragraph = Paragraph(block, document)
            runs = ''.join('*' if run.bold else '' for run in paragraph.runs)
            print(f"{paragraph.style.name} | {paragraph.text!r}" + (f" bold-runs={len(runs)}" if runs else ''))
        elif tag == 'tbl':
            table = Table(block, document)
            print(f"TABLE style={table.style.name}")
            for row in table.rows:
                print("TABLE | " + " | ".join(repr(cell.text) for cell in row.cells))


if __name__ == '__main__':
    main(sys.argv[1])
