"""Reads CSV answers of a running ExportPulse server as a data analyst would, and prints what it read.

Usage: python3 read_csv.py URL [URL ...]

For each URL it prints one JSON line: the reader used, the columns, the number of rows and the rows
themselves (as text, as the CSV gave them). pandas.read_csv is used when pandas is installed (the
one-liner the README gives); Python's csv module otherwise, which reads the same file the same way.
"""
import csv
import io
import json
import sys
import urllib.request


def with_csv_module(url):
    with urllib.request.urlopen(url) as response:
        text = response.read().decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = [dict(row) for row in reader]
    return "csv", list(reader.fieldnames or []), rows


def with_pandas(url):
    import pandas

    frame = pandas.read_csv(url, dtype=str, keep_default_na=False)
    return "pandas", list(frame.columns), frame.to_dict(orient="records")


def main(urls):
    try:
        import pandas  # noqa: F401

        read = with_pandas
    except ImportError:
        read = with_csv_module
    for url in urls:
        reader, columns, rows = read(url)
        print(json.dumps({"url": url, "reader": reader, "columns": columns, "rows": rows}))


if __name__ == "__main__":
    main(sys.argv[1:])
