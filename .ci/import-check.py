#!/usr/bin/env python3
"""Import hygiene: every target (test targets included) declares in Package.swift each module it
imports, and imports each library it declares.

Reads the manifest as `swift package dump-package` prints it (run with its own scratch path, so
that it does not wait for a build in .build), then the `import` lines of each target's Swift
files. Not counted: the toolchain's modules (Foundation, Testing, ...), executables declared by
test targets (they are run, not imported), and CYaml, which Scenarios reaches through the Yams
product (Yams exports no CYaml product to declare).

Prints one line per problem, `TARGET: ...`, and exits 1 if there is any.

Usage: .ci/import-check.py [MANIFEST.json]   (default: runs swift package dump-package)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

TOOLCHAIN = {"Foundation", "FoundationXML", "FoundationNetworking", "Dispatch", "Synchronization",
             "Testing", "XCTest", "Glibc", "Darwin", "os"}
TRANSITIVE = {"Scenarios": {"CYaml"}}
IMPORT = re.compile(r"^[ \t]*(?:@\w+[ \t]+)*(?:(?:public|internal|package|private|fileprivate)[ \t]+)?import[ \t]+"
                    r"(?:(?:typealias|struct|class|enum|protocol|let|var|func)[ \t]+)?(\w+)", re.MULTILINE)


def manifest(root):
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as handle:
            return json.load(handle)
    with tempfile.TemporaryDirectory() as scratch:
        out = subprocess.run(["swift", "package", "--package-path", root, "--scratch-path", scratch, "dump-package"],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def folder(root, target):
    if target.get("path"):
        return os.path.join(root, target["path"])
    return os.path.join(root, "Tests" if target["type"] == "test" else "Sources", target["name"])


def imports(path):
    found = set()
    for directory, _, files in os.walk(path):
        for name in files:
            if name.endswith(".swift"):
                with open(os.path.join(directory, name), encoding="utf-8") as handle:
                    found.update(IMPORT.findall(handle.read()))
    return found


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    package = manifest(root)
    kinds = {t["name"]: t["type"] for t in package["targets"]}
    problems = []
    for target in package["targets"]:
        if target["type"] in ("system", "binary", "plugin"):
            continue
        declared, executables = set(), set()
        for dependency in target.get("dependencies", []):
            kind, value = next(iter(dependency.items()))
            name = value[0]
            if kinds.get(name) == "executable":
                executables.add(name)
            else:
                declared.add(name)
        used = imports(folder(root, target)) - TOOLCHAIN - TRANSITIVE.get(target["name"], set())
        used.discard(target["name"])
        for module in sorted(used - declared):
            problems.append(f"{target['name']}: imports {module}, which Package.swift does not declare")
        for module in sorted(declared - used):
            problems.append(f"{target['name']}: declares {module} and never imports it")
        if executables and target["type"] != "test":
            problems.append(f"{target['name']}: depends on executables {sorted(executables)}")
    for problem in problems:
        print(problem)
    print(f"import check: {len(problems)} problems in {len(package['targets'])} targets")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
