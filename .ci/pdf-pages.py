#!/usr/bin/env python3
"""Checks a printed report page by page, as a reader would turn the pages (issue 16).

Usage: pdf-pages.py REPORT.html REPORT.pdf [--body-pages N]

Reads the headings (h1, h2, h3, figure captions) and the answer paragraphs from the HTML, and the
text of every page of the PDF, line by line with its boldness, with pdftohtml -xml, then checks that
  1. the first page holds "The question", "The answer" and every answer paragraph, whole;
  2. no page ends in a heading: after the last heading on a page come at least 3 lines of text
     (a heading followed by one line of its note, with the table on the next page, fails too);
  3. with --body-pages N: the appendix starts on page N + 1 or earlier (the answer, key figures
     and hour-of-week maps take at most N pages).
Prints the page count and one line per finding; exits 1 on a failure. Standard library and
pdftohtml (poppler-utils) only."""
import html
import html.parser
import re
import subprocess
import sys

FOLLOWING_LINES = 3


def words(text):
    return " ".join(text.split())


class Blocks(html.parser.HTMLParser):
    """Collects heading texts (a figure caption without its note) and answer paragraphs."""

    HEADINGS = {"h1", "h2", "h3", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings, self.answers = [], []
        self.stack, self.buffer, self.skip = [], None, 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in self.HEADINGS or (tag == "p" and "answer" in classes):
            self.stack.append(("answer" if tag == "p" else "heading"))
            self.buffer = []
        elif self.buffer is not None and tag == "span" and "note" in classes:
            self.skip += 1

    def handle_endtag(self, tag):
        if self.skip and tag == "span":
            self.skip -= 1
            return
        if self.buffer is not None and (tag in self.HEADINGS or tag == "p"):
            text = words("".join(self.buffer))
            kind = self.stack.pop() if self.stack else "heading"
            (self.answers if kind == "answer" else self.headings).append(text)
            self.buffer = None

    def handle_data(self, data):
        if self.buffer is not None and not self.skip:
            self.buffer.append(data)


def pages_of(pdf):
    """Each page as a list of lines top to bottom; a line is (text, bold), from pdftohtml -xml
    (poppler-utils), which marks bold text with <b>: headings are bold, legends and body text not."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", pdf], check=True, capture_output=True, text=True).stdout
    pages = []
    for body in re.findall(r"<page [^>]*>(.*?)</page>", xml, re.S):
        rows = {}
        for top, inner in re.findall(r'<text top="(\d+)"[^>]*>(.*?)</text>', body, re.S):
            bold = inner.strip().startswith("<b>")
            text = words(html.unescape(re.sub(r"<[^>]+>", "", inner)))
            if text:
                rows.setdefault(int(top), []).append((text, bold))
        pages.append([(" ".join(t for t, _ in parts), all(b for _, b in parts)) for _, parts in sorted(rows.items())])
    return pages


def is_heading(line, headings):
    text, bold = line
    return bold and any(text == h or (len(text) >= 20 and h.startswith(text)) for h in headings)


def main():
    args = sys.argv[1:]
    body_pages = None
    if "--body-pages" in args:
        at = args.index("--body-pages")
        body_pages = int(args[at + 1])
        del args[at:at + 2]
    html_path, pdf = args
    blocks = Blocks()
    blocks.feed(open(html_path, encoding="utf-8").read())
    headings = [h for h in blocks.headings if h]
    texts = pages_of(pdf)
    pages = len(texts)
    failures = []

    first = " ".join(text for text, _ in texts[0])
    if not blocks.answers:
        failures.append("the report has no answer paragraph (p.answer)")
    else:
        for wanted in ["The question", "The answer"] + blocks.answers:
            if wanted not in first:
                failures.append(f"page 1 lacks {wanted[:90]!r}")

    appendix_page = None
    for page in range(1, pages + 1):
        lines = texts[page - 1]
        if appendix_page is None and ("Appendix: the detail", True) in lines:
            appendix_page = page
        marks = [i for i, line in enumerate(lines) if is_heading(line, headings)]
        if marks and page < pages and len(lines) - marks[-1] - 1 < FOLLOWING_LINES:
            failures.append(f"page {page} ends in the heading {lines[marks[-1]][0]!r} "
                            f"(only {len(lines) - marks[-1] - 1} line(s) after it)")
    if body_pages is not None and (appendix_page is None or appendix_page > body_pages + 1):
        failures.append(f"the appendix starts on page {appendix_page}; expected by page {body_pages + 1}")

    for failure in failures:
        print(f"pdf-pages: {pdf}: {failure}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print(f"{pages} pages; page 1 holds the question and the answer; no page ends in a heading"
          + (f"; the appendix starts on page {appendix_page}" if appendix_page else ""))


if __name__ == "__main__":
    main()
