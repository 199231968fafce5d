"""Exporting billings to the e-Faktur CSV: what goes in, what is left out, the batches."""

import csv
import io
from datetime import date

import peewee
import pytest

from app import billing_actions, exports
from app.errors import Refused
from app.listing import ExportListing
from app.models import Billing, Event, ExportBatch, ExportItem, db

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


def test_a_file_that_cannot_be_written_leaves_no_batch(demo, tmp_path):
    folder = tmp_path / "taken.csv"
    folder.mkdir()  # a folder where the file should go
    with pytest.raises(Refused, match="could not be written"):
        exports.export_csv(ids_of("INV-FPY-032300400"), folder)
    assert ExportBatch.select().count() == 0
    assert Event.select().where(Event.action == "exported").count() == 0


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
