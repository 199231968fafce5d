"""The Coretax demo book (``demo --coretax``): every state Coretax part 1 produces."""

import pytest

from app.billings.listing import BillingListing
from app.book.connection import close_book
from app.book.models import Billing, CoretaxExportItem, ExportBatch
from app.common.errors import Refused
from app.desk.opening import open_book
from app.efaktur import coretax_export, exports
from app.numbers import channel
from tests.conftest import TODAY
from tests.support.cli import run
from tests.support.coretax import assert_valid


@pytest.fixture
def coretax_demo(tmp_path, capsys):
    path = tmp_path / "coretax-demo.sqlite"
    code, out, _ = run(capsys, "--db", path, "demo", "--coretax")
    assert code == 0 and out == f"Demo book written to {path}.\n"
    open_book(path)
    yield path
    close_book()


def test_the_coretax_demo_shows_each_state(coretax_demo):
    assert channel.current().coretax_from.isoformat() == "2025-01-01"
    rows = {r.invoice_no: r for r in BillingListing().rows()}
    assert {no: (r.status.value, r.efaktur_no) for no, r in rows.items()} == {
        "INV-CTX-2501": ("overdue", None),
        "INV-CTX-2502": ("overdue", None),
        "INV-CTX-2601": ("unpaid", None),
        "INV-CTX-2602": ("unpaid", None),
        "INV-CTX-2603": ("unpaid", None),
        "INV-CTX-2604": ("unpaid", None),
        "INV-CTX-2605": ("unpaid", None),
        "INV-CTX-2606": ("draft", None),
    }
    (batch,) = ExportBatch.select()
    assert (batch.format, batch.fakturs, batch.file_name) == ("xml", 2, "coretax-2026-10.xml")
    assert_valid(bytes(batch.content))
    exported = {i.billing.invoice_no for i in CoretaxExportItem.select()}
    assert exported == {"INV-CTX-2501", "INV-CTX-2502"}
    assert (coretax_demo.parent / "coretax-demo" / "coretax-2026-10.xml").read_bytes() == bytes(
        batch.content
    )


def test_this_months_export_names_the_customer_without_identity(coretax_demo, tmp_path):
    ids = exports.billings_of_period(*exports.month_of(TODAY))
    with pytest.raises(Refused) as caught:
        coretax_export.export_xml(ids, tmp_path / "nov.xml")
    assert caught.value.message.splitlines() == [
        "Nothing was exported; correct these billings first:",
        "INV-CTX-2604: customer CV Tanpa Identitas has no NPWP, NIK, passport or other ID "
        "for Coretax",
    ]
    nobody = Billing.get(Billing.invoice_no == "INV-CTX-2604").id
    done = coretax_export.export_xml([i for i in ids if i != nobody], tmp_path / "nov.xml")
    assert done.fakturs == 3  # 2601, 2602, 2603; tax off and the draft are left out
    assert_valid((tmp_path / "nov.xml").read_bytes())
