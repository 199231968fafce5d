"""``coretax import FILE [--json]`` and what ``billings --json`` then says."""

import json
from pathlib import Path

from tests.support.cli import run

EXAMPLE = Path(__file__).parent.parent / "resources" / "examples" / "coretax-pajak-keluaran.csv"


def _coretax_demo(capsys, tmp_path) -> list[str]:
    db = ["--db", str(tmp_path / "ctx.sqlite")]
    assert run(capsys, *db, "demo", "--coretax")[0] == 0
    return db


def _billings(capsys, db) -> dict[str, dict]:
    return {b["invoice_no"]: b for b in json.loads(run(capsys, *db, "billings", "--json")[1])}


def test_billings_json_says_how_far_each_coretax_billing_went(capsys, tmp_path):
    db = _coretax_demo(capsys, tmp_path)
    shown = {no: (b["faktur_no"], b["coretax_status"]) for no, b in _billings(capsys, db).items()}
    assert shown["INV-CTX-2501"] == (None, "exported")  # last month's XML
    assert shown["INV-CTX-2601"] == (None, "not_exported")
    assert shown["INV-CTX-2605"] == (None, None)  # no PPN: not a faktur


def test_the_example_export_records_two_approved_and_one_created(capsys, tmp_path):
    db = _coretax_demo(capsys, tmp_path)
    code, out, err = run(capsys, *db, "coretax", "import", EXAMPLE, "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert [
        (r["reference"], r["faktur_no"], r["coretax_status"], r["outcome"]) for r in report
    ] == [
        ("INV-CTX-2501", "04002600000000101", "approved", "recorded"),
        ("INV-CTX-2502", "04002600000000102", "approved", "recorded"),
        ("INV-CTX-2601", None, "created", "recorded"),
        ("PJ-LANGSUNG-07", "04002600000000103", "approved", "unmatched"),
    ]
    assert all(r["problems"] == [] for r in report)
    billings = _billings(capsys, db)
    assert (billings["INV-CTX-2501"]["faktur_no"], billings["INV-CTX-2501"]["coretax_status"]) == (
        "04002600000000101",
        "approved",
    )
    assert billings["INV-CTX-2601"]["coretax_status"] == "created"
    assert billings["INV-CTX-2602"]["coretax_status"] == "not_exported"

    code, out, _ = run(capsys, *db, "coretax", "import", EXAMPLE)
    assert code == 0
    assert out.splitlines()[-1] == (
        "0 recorded, 1 matching no billing, of 4 rows in coretax-pajak-keluaran.csv; "
        "0 billings changed."
    )


def test_a_file_that_is_not_the_export_exits_2_with_the_sentence(capsys, tmp_path):
    db = _coretax_demo(capsys, tmp_path)
    other = Path(__file__).parent.parent / "resources" / "examples" / "billings-import.csv"
    code, out, err = run(capsys, *db, "coretax", "import", other, "--json")
    assert (code, out) == (2, "")
    assert "is not Coretax's Pajak Keluaran export" in err


def _to_do(capsys, db) -> list[tuple[str, str, str | None]]:
    code, out, err = run(capsys, *db, "coretax", "to-do", "--json")
    assert (code, err) == (0, "")
    return [(t["kind"], t["invoice_no"], t["faktur_no"]) for t in json.loads(out)]


def test_cancel_efaktur_on_a_coretax_billing_exits_2_and_the_to_do_list_follows(capsys, tmp_path):
    db = _coretax_demo(capsys, tmp_path)
    run(capsys, *db, "coretax", "import", EXAMPLE)
    assert _to_do(capsys, db) == [("upload", "INV-CTX-2601", None)]

    assert run(capsys, *db, "cancel", "INV-CTX-2501")[0] == 0
    code, out, err = run(capsys, *db, "cancel-efaktur", "INV-CTX-2501")
    assert (code, out) == (2, "")
    assert "a Coretax faktur number is never given back" in err
    assert _to_do(capsys, db)[0] == ("cancel", "INV-CTX-2501", "04002600000000101")

    code, out, _ = run(
        capsys, *db, "coretax", "cancel", "INV-CTX-2501", "--reason", "transaction_cancelled"
    )
    assert code == 0 and "04002600000000101" in out
    code, out, err = run(
        capsys, *db, "coretax", "replace", "INV-CTX-2502", "--reason", "wrong_buyer_identity",
        "--change", "buyer",
    )  # fmt: skip
    assert code == 2 and "cannot be replaced" in err
    code, out, _ = run(
        capsys, *db, "coretax", "replace", "INV-CTX-2502", "--reason", "price",
        "--change", "price 2,500,000 → 2,400,000",
    )  # fmt: skip
    assert code == 0 and "Amend" in out
    assert _to_do(capsys, db) == [
        ("cancel", "INV-CTX-2501", "04002600000000101"),
        ("replace", "INV-CTX-2502", "04002600000000102"),
        ("upload", "INV-CTX-2601", None),
    ]
