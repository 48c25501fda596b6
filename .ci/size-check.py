#!/usr/bin/env python3
"""The house rule on size: no source file over 400 lines, no Swift function over 80 lines.

Checks every Swift, C, Python and shell file under Sources/, Tests/ and .ci/ (Tests/Fuzz/
holds fuzzer inputs, not sources). A function is a `func`, `init`, `deinit` or `subscript`
declaration with a body in braces (a protocol requirement has none); its length runs from the
line of its keyword to the line of its closing brace. Strings (plain,
multi-line and raw, with their interpolations) and comments are skipped when matching braces.

Prints one line per offender, `PATH:LINE: what is too long`, and exits 1 if there is any;
paths listed in .ci/size-exceptions (one a line, `#` comments) are reported as allowed and
do not fail the check.

Usage: .ci/size-check.py [ROOT]   (ROOT defaults to the repository holding this script)
"""
import os
import re
import sys

MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 80
EXTENSIONS = (".swift", ".c", ".h", ".py", ".sh")
FOLDERS = ("Sources", "Tests", ".ci")
SKIPPED = ("Tests/Fuzz",)
MODIFIERS = r"(?:(?:public|private|fileprivate|internal|package|open|static|class|final|override|mutating|" \
    r"nonmutating|convenience|required|nonisolated|dynamic|@\w+(?:\([^)\n]*\))?)(?:\([^)\n]*\))?\s+)*"
DECLARATION = re.compile(r"^[ \t]*" + MODIFIERS + r"(func\s+[^\s(<]+|init[?!]?(?=\s*[(<])|deinit\b|subscript(?=\s*[(<]))",
                         re.MULTILINE)


def code_only(text):
    """The text with comments and string contents replaced by spaces (newlines kept), so that
    the braces left are the code's; interpolations inside strings stay code."""
    out = []
    i, n = 0, len(text)
    # Each entry: ("string", hashes, multiline) or ("interp", paren depth).
    stack = []

    def blank(segment):
        out.append(re.sub(r"[^\n]", " ", segment))

    while i < n:
        top = stack[-1] if stack else None
        if top is not None and top[0] == "string":
            _, hashes, multiline = top
            quote = '"""' if multiline else '"'
            close = quote + "#" * hashes
            if text.startswith(close, i):
                blank(close)
                i += len(close)
                stack.pop()
            elif text.startswith("\\" + "#" * hashes + "(", i):
                opener = "\\" + "#" * hashes + "("
                blank(opener)
                i += len(opener)
                stack.append(["interp", 1])
            elif text[i] == "\\" and hashes == 0:
                blank(text[i:i + 2])
                i += 2
            else:
                blank(text[i])
                i += 1
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            blank(text[i:end])
            i = end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            blank(text[i:end])
            i = end
            continue
        match = re.match(r'(#*)("""|")', text[i:])
        if match and (match.group(1) == "" or text[i] == "#"):
            hashes, quote = len(match.group(1)), match.group(2)
            blank(match.group(0))
            i += len(match.group(0))
            stack.append(("string", hashes, quote == '"""'))
            continue
        if top is not None and top[0] == "interp":
            if text[i] == "(":
                top[1] += 1
            elif text[i] == ")":
                top[1] -= 1
                if top[1] == 0:
                    stack.pop()
                    blank(")")
                    i += 1
                    continue
        out.append(text[i])
        i += 1
    return "".join(out)


CONTINUATION = ("->", "throws", "rethrows", "async", "where", "{", ")", "]", ">", ",", "&", ":", "=")


def body_start(code, i):
    """The offset of the opening brace of the body of the declaration whose signature starts at
    `i`, or None when the declaration has no body (a protocol requirement)."""
    depth = 0
    while i < len(code):
        c = code[i]
        if c in "([<":
            depth += 1
        elif c in ")]>" and depth > 0 and not (c == ">" and code[i - 1] == "-"):
            depth -= 1
        elif depth == 0 and c == "{":
            return i
        elif depth == 0 and c == "}":
            return None
        elif depth == 0 and c == "\n":
            rest = code[i + 1:].lstrip()
            if not rest.startswith(CONTINUATION):
                return None
        i += 1
    return None


def long_functions(text):
    """(line, name, length) of every Swift function longer than the limit."""
    code = code_only(text)
    lines = code.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    found = []
    for match in DECLARATION.finditer(code):
        start = match.start(1)
        brace = body_start(code, match.end(1))
        if brace is None:
            continue
        depth, j = 0, brace
        while j < len(code):
            if code[j] == "{":
                depth += 1
            elif code[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        first = code.count("\n", 0, start) + 1
        last = code.count("\n", 0, j) + 1
        if last - first + 1 > MAX_FUNCTION_LINES:
            found.append((first, match.group(1), last - first + 1))
    return found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    exceptions = set()
    listed = os.path.join(root, ".ci", "size-exceptions")
    if os.path.exists(listed):
        with open(listed, encoding="utf-8") as handle:
            exceptions = {line.split("#")[0].strip() for line in handle} - {""}
    failures, allowed = 0, 0
    for folder in FOLDERS:
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, root)
                if not name.endswith(EXTENSIONS) or relative.startswith(SKIPPED):
                    continue
                with open(path, encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
                problems = []
                count = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
                if count > MAX_FILE_LINES:
                    problems.append(f"{relative}:1: {count} lines; at most {MAX_FILE_LINES}")
                if name.endswith(".swift"):
                    for line, function, length in long_functions(text):
                        problems.append(f"{relative}:{line}: {function} is {length} lines; at most {MAX_FUNCTION_LINES}")
                for problem in problems:
                    if relative in exceptions:
                        allowed += 1
                        print(problem + " (allowed: .ci/size-exceptions)")
                    else:
                        failures += 1
                        print(problem)
    print(f"size check: {failures} over the limits, {allowed} allowed by .ci/size-exceptions")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
