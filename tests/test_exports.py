"""Exporting billings to the e-Faktur CSV: what goes in, what is left out, the batches."""

import csv
import io
from datetime import date
from pathlib import Path

import peewee
import pytest

from app.billings import billing_actions
from app.book.models import Billing, Event, ExportBatch, ExportItem, db
from app.common.errors import Refused
from app.efaktur import exports
from app.efaktur.listing import ExportListing

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))  # the demo's latest month


def ids_of(*invoice_nos: str) -> list[int]:
    return [Billing.get(Billing.invoice_no == no).id for no in invoice_nos]


def rows_of(path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8")
    return list(csv.reader(io.StringIO(text), escapechar="\\", doublequote=False))


def test_exporting_the_demo_month_writes_the_valid_ones_and_names_the_rest(demo, tmp_path):
    out = tmp_path / "maret.csv"
    done = exports.export_csv(exports.billings_of_period(*NOVEMBER), out)
    assert done.fakturs == 3
    assert {x.invoice_no: x.reason for x in done.left_out} == {
        "INV-FPY-032300401": "its e-Faktur file was uploaded on 17 Nov 2026; a change now "
        "needs a replacement faktur",
        "INV-FPY-032300405": "Invoice Tax is off",
        "INV-FPY-032300406": "it is not issued yet (Draft)",
    }
    rows = rows_of(out)
    fk = [r for r in rows[3:] if r[0] == "FK"]
    assert [r[18].split()[0] for r in fk][:2] == ["INV-FPY-032300400", "INV-FPY-032300402"]
    budi = next(r for r in fk if r[18].startswith("INV-FPY-032300402"))
    assert budi[7] == "3171011708450001" and budi[18] == "INV-FPY-032300402 3171011708450001"
    guide = next(r for r in fk if r[18] == "INV-FPY-032300400")
    assert guide[3] == "0002612345619" and guide[6] == "10/11/2026"
    batch = ExportBatch.get_by_id(done.batch_id)
    assert bytes(batch.content) == out.read_bytes() and batch.fakturs == 3
    assert ExportItem.select().where(ExportItem.batch == batch).count() == 3
    assert Event.select().where(Event.action == "exported").count() == 3


def test_exporting_again_is_left_out_unless_asked_for(demo, tmp_path):
    guide = ids_of("INV-FPY-032300400")
    exports.export_csv(guide, tmp_path / "a.csv")
    plan = exports.plan_export(guide)
    assert plan.exported_before == ("INV-FPY-032300400 (exported 25 Nov 2026)",)
    with pytest.raises(Refused, match="INV-FPY-032300400: it was exported before"):
        exports.export_csv(guide, tmp_path / "b.csv")
    assert not (tmp_path / "b.csv").exists()
    again = exports.export_csv(guide, tmp_path / "b.csv", again=True)
    assert again.fakturs == 1 and ExportBatch.select().count() == 2


def test_an_uploaded_faktur_is_never_exported_again(demo, tmp_path):
    with pytest.raises(Refused, match="uploaded on 17 Nov 2026; a change now needs a replace"):
        exports.export_csv(ids_of("INV-FPY-032300401"), tmp_path / "x.csv", again=True)


def test_a_released_number_makes_the_billing_new_to_export(demo, tmp_path):
    """Export status belongs to the billing with the number it holds now."""
    guide = ids_of("INV-FPY-032300400")
    exports.export_csv(guide, tmp_path / "a.csv")
    billing_actions.cancel_billing(guide[0])
    billing_actions.cancel_efaktur_no(guide[0])  # exporting alone does not block release
    listing = ExportListing(*NOVEMBER, exported="exported")
    assert "INV-FPY-032300400" not in [r.invoice_no for r in listing.rows()]


def test_a_book_that_cannot_take_the_batch_leaves_no_file(demo, tmp_path):
    """The file is written only once the batch is committed (issue 14: a full disk left
    a complete CSV while the book recorded no export)."""
    out = tmp_path / "maret.csv"
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the book's disk is full
    try:
        with pytest.raises(peewee.OperationalError) as raised:
            exports.export_csv(exports.billings_of_period(date(2026, 1, 1), NOVEMBER[1]), out)
    finally:
        db.execute_sql("PRAGMA max_page_count = 1073741823")
    chain, error = [], raised.value
    while error is not None:
        chain.append(str(error))
        error = error.__cause__ or error.__context__
    assert any("full" in text for text in chain)
    assert not [p.name for p in tmp_path.iterdir() if ".csv" in p.name]  # nor a part file
    assert ExportBatch.select().count() == 0
    assert exports.unsaved_batches() == []


def test_a_file_that_fails_after_the_commit_marks_the_batch_until_saved_again(
    demo, tmp_path, failing_rename
):
    target = tmp_path / "taken.csv"
    done = exports.export_csv(ids_of("INV-FPY-032300400"), target)
    assert "could not be written" in done.not_saved
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
    (unsaved,) = exports.unsaved_batches()
    assert (unsaved.id, unsaved.unsaved_path, unsaved.fakturs) == (done.batch_id, str(target), 1)
    assert Event.select().where(Event.action == "exported").count() == 1

    again = tmp_path / "maret.csv"
    assert exports.save_again(done.batch_id, again) == ""
    assert again.read_bytes() == bytes(ExportBatch.get_by_id(done.batch_id).content)
    assert again.read_bytes().startswith(b'"FK","KD_JENIS_TRANSAKSI"')
    assert exports.unsaved_batches() == []
    with pytest.raises(Refused, match="There is no export batch 9"):
        exports.save_again(9, again)


def test_a_number_that_went_out_on_another_billing_is_named_first(demo, tmp_path):
    """619 went out on the guide's billing, came back, and went to the draft: e-Faktur
    desktop still holds the guide's faktur with 619, so the user deletes it there first."""
    guide, draft = ids_of("INV-FPY-032300400", "INV-FPY-032300406")
    exports.export_csv([guide], tmp_path / "a.csv")
    billing_actions.cancel_billing(guide)
    billing_actions.cancel_efaktur_no(guide)
    assert billing_actions.issue_billing(draft).number == "000-26.12345619"

    plan = exports.plan_export([draft])
    assert plan.exported_before == ()
    assert plan.numbers_out_before == (
        "INV-FPY-032300406: E-Faktur No 000-26.12345619 went out before on "
        "INV-FPY-032300400 (export batch 1, 25 Nov 2026)",
    )
    with pytest.raises(Refused, match="delete that faktur in e-Faktur desktop first"):
        exports.export_csv([draft], tmp_path / "b.csv")
    assert not (tmp_path / "b.csv").exists() and ExportBatch.select().count() == 1
    assert exports.export_csv([draft], tmp_path / "b.csv", again=True).fakturs == 1
    # once it went out on the draft, the draft's next export is an ordinary "again"
    later = exports.plan_export([draft])
    assert later.numbers_out_before == () and len(later.exported_before) == 1


def test_kept_batches_cannot_be_changed(demo, tmp_path):
    done = exports.export_csv(ids_of("INV-FPY-032300400"), tmp_path / "a.csv")
    with pytest.raises(peewee.IntegrityError, match="kept as written"):
        db.execute_sql("UPDATE export_batch SET content = x'00' WHERE id = ?", (done.batch_id,))
    with pytest.raises(peewee.IntegrityError, match="kept as written"):
        db.execute_sql("DELETE FROM export_item")


def test_the_export_list_filters_by_period_and_export_status(demo, tmp_path):
    exports.export_csv(ids_of("INV-FPY-032300400", "INV-FPY-032300402"), tmp_path / "a.csv")
    everything = ExportListing(*NOVEMBER)
    assert everything.count() == 6
    done = ExportListing(*NOVEMBER, exported="exported").rows()
    assert [r.invoice_no for r in done] == ["INV-FPY-032300400", "INV-FPY-032300402"]
    assert done[0].exported_at is not None and done[0].npwp == "026015362054000"
    assert ExportListing(*NOVEMBER, exported="not_exported").count() == 4
    assert ExportListing(*NOVEMBER, search="Budi").count() == 1
    uploaded = ExportListing(*NOVEMBER, search="032300401").rows()[0]
    assert uploaded.uploaded and not uploaded.exported


def test_the_suggested_month_is_the_latest_with_something_to_export(demo, tmp_path):
    assert exports.suggested_month() == date(2026, 11, 1)
    november = [b for b in exports.billings_of_period(*NOVEMBER)]
    exports.export_csv(november, tmp_path / "m.csv")
    assert exports.suggested_month() == date(2026, 10, 1)


def test_months_are_read_as_people_write_them():
    assert exports.month_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert exports.month_bounds("2024-12") == (date(2024, 12, 1), date(2024, 12, 31))
    with pytest.raises(Refused, match="“Maret” is not a month written YYYY-MM"):
        exports.month_bounds("Maret")
    for odd in ["２０２６-11", "2026-1", "2026-011"]:  # full-width digits, short or long months
        with pytest.raises(Refused, match="is not a month written YYYY-MM"):
            exports.month_bounds(odd)


def test_a_target_that_cannot_take_the_file_keeps_no_batch(demo, tmp_path):
    """A folder that is not there, a folder or a device at the path: said before the batch
    is kept, and nothing is made or replaced (a device replaced by a file, as root)."""
    ids = ids_of("INV-FPY-032300400")
    for target, said in [
        (tmp_path / "no" / "such" / "x.csv", "is not there, so nothing was written"),
        (tmp_path, "is not an ordinary file, so it was not replaced"),
        (Path("/dev/null"), "is not an ordinary file, so it was not replaced"),
    ]:
        with pytest.raises(Refused, match=said):
            exports.export_csv(ids, target)
    assert not (tmp_path / "no").exists() and Path("/dev/null").is_char_device()
    assert ExportBatch.select().count() == 0
