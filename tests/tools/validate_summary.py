#!/usr/bin/python3
"""Validate a Loopscope run summary (JSON) against the run-summary schema.

Usage: validate_summary.py SCHEMA SUMMARY
Exit status 0 when valid; otherwise 1 and every violation on stderr, one per line.
Uses Debian's python3-jsonschema (Draft 2020-12).
"""

import json
import sys

import jsonschema


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        summary = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(summary), key=lambda e: list(e.absolute_path))
    for error in errors:
        path = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"{path}: {error.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
