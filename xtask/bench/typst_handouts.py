"""Typesets each topic of a `pamphlet export json` folder with handout.typ, one at a time in
one process, and prints `<topic id> <seconds> <bytes>` for each: the Typst side of the
handout benchmark of `cargo xtask bench`, which runs pamphlet's side the same way.

usage: python typst_handouts.py TEMPLATE EXPORT_DIR FONT_DIR PAPER OUT_DIR
"""

import pathlib
import sys
import time

import typst


def main() -> None:
    template, export, fonts, paper, out = sys.argv[1:6]
    export = pathlib.Path(export).resolve()
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    catalogue = export / "catalogue.json"
    for data in sorted((export / "topics").glob("*.json")):
        target = out / (data.stem + ".pdf")
        start = time.perf_counter()
        typst.compile(
            template,
            output=str(target),
            # Absolute input paths are resolved against the root.
            root="/",
            font_paths=[fonts],
            ignore_system_fonts=True,
            sys_inputs={
                "data": str(data),
                "catalogue": str(catalogue),
                "paper": paper,
            },
            # Both sides tag their PDFs (a structure tree for screen readers), as Typst does
            # by default and pamphlet always does.
            pdf_tags=True,
            # A fixed date, as pamphlet's SOURCE_DATE_EPOCH: no clock in the output.
            timestamp=1795392000,
        )
        seconds = time.perf_counter() - start
        print(f"{data.stem} {seconds:.6f} {target.stat().st_size}")


if __name__ == "__main__":
    main()
