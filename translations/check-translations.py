#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is incomplete, stale or broken.

Runs lupdate over the source tree into copies of every translations/*.ts (the files in the tree
are never touched), then checks the copies:
  - no message is unfinished: a new string in the code that nobody translated shows up here;
  - no message is obsolete or vanished: a string the code no longer has must leave the file;
  - every translation keeps the source's placeholders (%1 … %9, and %n in plurals), its keyboard
    accelerator (&) and its number of plural forms for the language.
The English file holds plural forms only (the source strings are English), so it is updated with
-pluralonly. To refresh the files after changing strings: run this with --update, translate what
it lists, and run it again.

Usage: check-translations.py [--lupdate PATH] [--update] [--no-lupdate] [--language de] [ROOT]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

SOURCE_DIRS = ["app", "widgets", "models"]
# Plural forms Qt expects per language (QLocale's rules, as lrelease applies them).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "ja": 1}
PLACEHOLDER = re.compile(r"%(\d|n)")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)\S")


def language_of(path):
    match = re.search(r"_([a-z]{2})(?:_[A-Z]{2})?\.ts$", path)
    return match.group(1) if match else None


def run_lupdate(lupdate, root, files, plural_only, drop_obsolete=False):
    command = [lupdate, "-silent", "-locations", "none"]
    if plural_only:
        command.append("-pluralonly")
    if drop_obsolete:
        command.append("-no-obsolete")
    command += [os.path.join(root, d) for d in SOURCE_DIRS] + ["-ts"] + files
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        sys.exit("lupdate failed (%d):\n%s%s" % (result.returncode, result.stdout, result.stderr))
    # lupdate warns about tr() calls it cannot place (a wrong context means a string that is never
    # translated at run time): those are errors too.
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    return warnings


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_file(path, language):
    problems = []
    tree = ElementTree.parse(path)
    expected_forms = PLURAL_FORMS.get(language)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = "%s: [%s] %r" % (os.path.basename(path), name, source[:70])
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                problems.append("%s: obsolete (no longer in the code): remove it" % where)
                continue
            if kind == "unfinished":
                problems.append("%s: untranslated" % where)
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if expected_forms is not None and len(forms) != expected_forms:
                    problems.append("%s: %d plural forms, %s needs %d"
                                    % (where, len(forms), language, expected_forms))
            else:
                forms = [translation.text or ""]
            numbered = [p for p in placeholders(source) if p != "n"]
            for form in forms:
                if not form.strip():
                    problems.append("%s: empty translation" % where)
                elif [p for p in placeholders(form) if p != "n"] != numbered:
                    problems.append("%s: placeholders %s, the source has %s"
                                    % (where, placeholders(form), placeholders(source)))
                if ACCELERATOR.search(source) and not ACCELERATOR.search(form):
                    problems.append("%s: the translation lost the keyboard accelerator (&)" % where)
            # A singular may say "the only source" without the number; the general form may not.
            if "n" in placeholders(source) and forms and "%n" not in forms[-1]:
                problems.append("%s: the last plural form lost %%n" % where)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("--lupdate", default=shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--update", action="store_true",
                        help="write lupdate's result back into translations/ (new strings appear "
                             "as untranslated, removed ones are dropped)")
    parser.add_argument("--language", help="check only this language (de, fr, …)")
    parser.add_argument("--no-lupdate", action="store_true",
                        help="check the files as they are, without asking the code for new strings")
    args = parser.parse_args()

    root = os.path.abspath(args.root)
    folder = os.path.join(root, "translations")
    originals = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".ts"))
    if args.language:
        originals = [f for f in originals if language_of(f) == args.language]
    if not originals:
        sys.exit("no translations/*.ts to check")

    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for original in originals:
            copy = os.path.join(scratch, os.path.basename(original))
            shutil.copyfile(original, copy)
            copies.append(copy)
        english = [c for c in copies if language_of(c) == "en"]
        others = [c for c in copies if language_of(c) != "en"]
        warnings = []
        if args.no_lupdate:
            english, others = [], []
        if english:
            warnings += run_lupdate(args.lupdate, root, english, plural_only=True)
        if others:
            warnings += run_lupdate(args.lupdate, root, others, plural_only=False)
            if args.update:
                # Drop what the code no longer has, so --update leaves only work to do.
                run_lupdate(args.lupdate, root, others, plural_only=False, drop_obsolete=True)

        problems = ["lupdate: %s" % w for w in warnings]
        for copy in copies:
            problems += check_file(copy, language_of(copy))
        if args.update:
            for original, copy in zip(originals, copies):
                shutil.copyfile(copy, original)

    for problem in problems:
        print(problem)
    checked = ", ".join(os.path.basename(f) for f in originals)
    if problems:
        print("%d problem(s) in %s" % (len(problems), checked), file=sys.stderr)
        return 1
    print("translations complete and current: %s" % checked)
    return 0


if __name__ == "__main__":
    sys.exit(main())
