"""The floor: read and parse the same files as ``gremienlauf check DIR`` with libyaml, nothing else.

``python bench/floor.py DIR…`` walks the directories the way the pipeline does (sorted, hidden
entries skipped, ``*.yaml``/``*.yml``), reads each file and calls ``yaml.load(…, CSafeLoader)``.
It imports nothing of gremienlauf, so its time is what merely loading the corpus costs.
"""

from __future__ import annotations

import os
import sys

import yaml

SUFFIXES = (".yaml", ".yml")


def files(paths: list[str]) -> list[str]:
    out: list[str] = []
    for raw in paths:
        if not os.path.isdir(raw):
            out.append(raw)
            continue
        found = []
        for root, dirs, names in os.walk(raw):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(os.path.join(root, n) for n in names
                         if os.path.splitext(n)[1].lower() in SUFFIXES and not n.startswith("."))
        out.extend(sorted(found))
    return out


def main(argv: list[str]) -> int:
    count = 0
    for path in files(argv):
        with open(path, "rb") as fh:
            yaml.load(fh.read(), Loader=yaml.CSafeLoader)  # the measured floor: PyYAML's C loader
        count += 1
    print(f"{count} Dateien gelesen")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
