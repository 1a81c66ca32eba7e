"""The worst a hostile input can cost (issue 11), each in a child process under 1 GiB of
address space: CPU seconds of the work and the child's peak memory, against the 5 s budget.

Inputs are the ones the tests build (tests/formats/hostile_pdf.py, tests/formats/
test_qr_limits.py, tests/vault/test_backup_limits.py, and the attack-9 credentials in
tests/jsonld/test_attack9_*.py, tests/verify/test_attack9_*.py). ``--quick`` skips the largest
images.
"""

from __future__ import annotations

import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _line(label: str, cpu: float, peak: float, result: str) -> None:
    verdict = "ok" if cpu < 5.0 and result != "MemoryError" else "OVER LIMIT"
    print(f"   {label:<52} {cpu:6.2f} s CPU {peak:6.0f} MB peak  {verdict}  {result[:48]}",
          flush=True)  # fmt: skip


def main(argv: list[str]) -> None:
    from tests.bounded import run_bounded
    from tests.formats import test_pdf_limits as pdf
    from tests.formats import test_qr_limits as qr
    from tests.formats.hostile_pdf import double_flate, stream, zeros_deflated
    from tests.vault import test_backup_limits as backup
    from wallet.vault.kdf import DEFAULT_COST, TEST_COST, KdfCost

    gib = 1024 * 1024 * 1024
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)

        def run(label: str, template: str, data: bytes, **extra: str) -> None:
            path = where / "input"
            path.write_bytes(data)
            measured = run_bounded(template.format(path=str(path), **extra))
            _line(label, measured.cpu, measured.peak_mb, measured.result)

        print("   backups", flush=True)
        open_ = backup._OPEN
        hostile = backup._backup_with(backup._kdf(KdfCost(gib // 1024, 16, 16)), b"")
        run("Argon2id 1 GiB, t=16, p=16 (refused)", open_, hostile, passphrase="x")
        allowed = KdfCost(2 * DEFAULT_COST.memory_kib, DEFAULT_COST.iterations, 8)
        costly = backup._backup_with(backup._kdf(allowed), zlib.compress(b"{}"), "other")
        run("Argon2id 512 MiB, t=3, p=8 (allowed), wrong passphrase", open_, costly,
            passphrase="x")  # fmt: skip
        bomb = backup._backup_with(backup._kdf(TEST_COST), backup._bomb(4 * gib))
        run("contents inflating to 4 GB", open_, bomb, passphrase=backup.PASSPHRASE)

        print("   PDF evidence packs", flush=True)
        read = pdf._READ
        tiny = double_flate(pdf.TINY_BOMB)
        files = [(f"c{n:04}.txt", tiny) for n in range(2000)]
        files.append(("presentation.json", double_flate(pdf.CREDENTIAL)))
        run("2,000 double-Flate attachments + presentation", read, pdf._with_attachments(files))
        huge = stream(b"/Type /EmbeddedFile /Filter /FlateDecode", zeros_deflated(4 * gib))
        run("presentation.json inflating to 4 GB", read,
            pdf._with_attachments([("presentation.json", huge)]))  # fmt: skip
        objects = {**pdf.HEAD, 5: b"<< /EF << /F 6 0 R >> >>", 6: double_flate(pdf.CREDENTIAL)}
        from tests.formats.hostile_pdf import pack, pack_with_object_stream

        tree = {4: b"<< /Names [ (presentation.json) 5 0 R ] >>"}
        run("object stream inflating to 1 GB", read,
            pack_with_object_stream(objects, tree, 7, 1, deflated=zeros_deflated(gib)))  # fmt: skip
        deep = {**pdf.HEAD, 4: b"<< /Names " + b"[" * 200_000 + b"]" * 200_000 + b" >>"}
        run("arrays nested 200,000 deep", read, pack(deep, 1))
        wide = dict(pdf.HEAD)
        kids = range(10, 5_020)
        wide[4] = b"<< /Kids [ " + b" ".join(b"%d 0 R" % k for k in kids) + b" ] >>"
        wide.update({k: b"<< /Names [ ] >>" for k in kids})
        run("name tree of 5,010 nodes", read, pack(wide, 1))

        print("   QR images", flush=True)
        sizes = [(7000, 1), (7000, 2), (7000, 4), (7000, 7), (4096, 2), (2048, 1), (2048, 2)]
        if "--quick" in argv:
            sizes = [(2048, 1), (4096, 2)]
        for side, module in sizes:
            image = qr._png(qr.finder_field(side, module))
            run(f"{side}x{side} of finder patterns, {module} px modules", qr._SCAN, image)

        print("   JSON-LD credentials (attack 9)", flush=True)
        _credentials(run)


_VERIFY = """
import json
from datetime import datetime
from pathlib import Path
from wallet.errors import InputError
from wallet.verify import VerifyOptions, verify_input
DATA = Path({path!r}).read_bytes()
def work():
    try:
        report = verify_input(DATA, VerifyOptions(now=datetime(2025, 1, 1).astimezone()))
    except InputError as exc:
        return f"refused: {{exc}}"
    return f"{{report.verdict.value}}, {{len(DATA) // 1024}} KiB"
"""


def _credentials(run: Any) -> None:
    import json

    from tests.jsonld import test_attack9_contexts as contexts
    from tests.jsonld import test_attack9_depth as depth
    from tests.verify import test_attack9_large as large
    from tests.verify import test_attack9_revisions as revisions

    forged = revisions._forged()
    cases = {
        "scoped context of 3,000 terms on 40,000 nodes": contexts._scoped_on_many_nodes(
            3000, 40_000
        ),
        "30,000 terms with scoped contexts": contexts._many_scoped_terms(30_000),
        "5,000 inline contexts": contexts._many_contexts(5000),
        "one node of 100,000 values used 6,000 times": depth._shared_node(100_000, 6_000),
        "IRIs chained 25,000 deep": depth._credential(
            depth._chain(25_000, "urn:n"), "urn:n0", signed=False
        ),
        "blank-node ring of 25,000": depth._credential(
            depth._chain(25_000, "_:n", ring=True), "_:n0", signed=False
        ),
        "50,000 alignments (schema, revisions)": large._alignments(50_000, typed=False),
        "forged old-revision credential, 700 KB": revisions._forged(alignments=4000),
        "presentation of 1,800 forged old-revision ones": {
            "@context": ["https://www.w3.org/2018/credentials/v1"],
            "type": ["VerifiablePresentation"],
            "verifiableCredential": [dict(forged, id=f"urn:uuid:{i}") for i in range(1800)],
        },
    }
    for label, document in cases.items():
        run(label, _VERIFY, json.dumps(document).encode())
