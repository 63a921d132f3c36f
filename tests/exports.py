"""Reading a CSV or XLSX export back as rows of cells, as a spreadsheet would open it."""

import csv
import io

import openpyxl


def exported_rows(response, export_format: str) -> list[list]:
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        return list(csv.reader(io.StringIO(content.decode())))
    return [list(row) for row in openpyxl.load_workbook(io.BytesIO(content)).active.values]
