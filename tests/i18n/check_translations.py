#!/usr/bin/env python3
"""Checks that the translations are complete and sound (run by CTest as tst_translations).

  check_translations.py --lupdate PATH --root SOURCE_DIR

Fails, listing file, context and source of each problem, when
  * a .ts file has an unfinished, empty, vanished or obsolete message (the English
    file may hold plural messages only: English is the source language);
  * lupdate finds a tr() string in the sources that a .ts file lacks, or a .ts file
    holds a message the sources no longer have;
  * a plural message has the wrong number of forms for its language;
  * a translation's %1..%99 / %n placeholders differ from its source's;
  * a translation has not exactly as many accelerators (&X) as its source, or two
    accelerators of one dialog (a context named ...Dialog) share a letter.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

# Plural forms per language, as Qt's lrelease counts them (qtbase/src/corelib numerus rules).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "ja": 1}

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# An accelerator is "&" before a character that is neither "&" (a literal "&&") nor
# the start of an HTML entity ("&amp;", "&#8230;") or a space.
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
ACCEL = re.compile(r"&([^&\s])")


def accelerators(text):
    text = ENTITY.sub("", text.replace("&&", ""))
    return [m.group(1) for m in ACCEL.finditer(text)]


def placeholders(text):
    return sorted(set(m.group(1) for m in PLACEHOLDER.finditer(text)))


def read_ts(path):
    """[(context, source, comment, numerus, translation element)] and the language."""
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg.findtext("comment") or "",
                        msg.get("numerus") == "yes", msg.find("translation")))
    return out, (root.get("language") or "")[:2]


def forms_of(numerus, t):
    if t is None:
        return []
    if numerus:
        return [f.text or "" for f in t.iter("numerusform")]
    return [t.text or ""]


def scan_sources(lupdate, root, tmp):
    """The messages lupdate finds in the sources (the same files the build scans)."""
    files = sorted(str(p) for pattern in ("src/**/*.cpp", "src/**/*.h", "ui/**/*.ui")
                   for p in root.glob(pattern))
    lst = Path(tmp) / "sources.lst"
    lst.write_text("\n".join(files) + "\n", encoding="utf-8")
    ts = Path(tmp) / "scan.ts"
    r = subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", "@" + str(lst), "-ts", str(ts)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"lupdate failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    messages, _ = read_ts(ts)
    return {(c, s, m): numerus for c, s, m, numerus, _ in messages}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--root", required=True, type=Path)
    args = ap.parse_args()

    problems = []
    ts_files = sorted((args.root / "translations").glob("*.ts"))
    if not ts_files:
        sys.exit("no .ts files found")
    with tempfile.TemporaryDirectory() as tmp:
        in_sources = scan_sources(args.lupdate, args.root, tmp)
    if not in_sources:
        sys.exit("lupdate found no tr() strings: the source scan is broken")

    for path in ts_files:
        name = path.name
        messages, lang = read_ts(path)
        english = lang == "en"
        expected_forms = PLURAL_FORMS.get(lang)
        if expected_forms is None:
            problems.append(f"{name}: no plural rule known for language {lang!r}")
        seen = set()
        dialog_accels = defaultdict(lambda: defaultdict(list))
        for context, source, comment, numerus, t in messages:
            where = f"{name}: {context}: {source!r}"
            key = (context, source, comment)
            seen.add(key)
            kind = t.get("type") if t is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            if key not in in_sources:
                problems.append(f"{where}: not in the sources any more")
            if english and not numerus:
                problems.append(f"{where}: the English file holds plural messages only")
                continue
            forms = forms_of(numerus, t)
            if kind == "unfinished" or not forms or any(not f.strip() for f in forms):
                problems.append(f"{where}: unfinished")
                continue
            if numerus and expected_forms and len(forms) != expected_forms:
                problems.append(f"{where}: {len(forms)} plural forms, {lang} has {expected_forms}")
            want = placeholders(source)
            for f in forms:
                got = placeholders(f)
                # A singular form may say "one" instead of %n.
                if got != want and not (numerus and len(forms) > 1 and f is forms[0]
                                        and [p for p in want if p != "n"] == got):
                    problems.append(f"{where}: placeholders {got} in {f!r}, the source has {want}")
                if len(accelerators(f)) != len(accelerators(source)):
                    problems.append(f"{where}: {len(accelerators(f))} accelerator(s) in {f!r}, "
                                    f"the source has {len(accelerators(source))}")
            if context.endswith("Dialog") and not numerus:
                for a in accelerators(forms[0]):
                    dialog_accels[context][a.lower()].append(forms[0])
        for context, letters in dialog_accels.items():
            for letter, texts in letters.items():
                if len(set(texts)) > 1:
                    problems.append(f"{name}: {context}: accelerator &{letter} on {sorted(set(texts))}")
        for key, numerus in in_sources.items():
            if key in seen or (english and not numerus):
                continue
            problems.append(f"{name}: {key[0]}: {key[1]!r}: in the sources but not in the file "
                            f"(run the update_translations target)")

    # The sources are the English texts: their dialogs must not clash either.
    source_accels = defaultdict(lambda: defaultdict(set))
    for (context, source, _), numerus in in_sources.items():
        if context.endswith("Dialog") and not numerus:
            for a in accelerators(source):
                source_accels[context][a.lower()].add(source)
    for context, letters in source_accels.items():
        for letter, texts in letters.items():
            if len(texts) > 1:
                problems.append(f"sources: {context}: accelerator &{letter} on {sorted(texts)}")

    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s) in {len(ts_files)} files, {len(in_sources)} messages in the sources")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
