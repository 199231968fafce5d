"""The core behind the window's Coretax fields: DJP's lists with every label, a buyer's
identity with its number, the seller's ID TKU, the last choice per item code, and the
channel saved with the book's other settings."""

from datetime import date
from decimal import Decimal

import pytest

from app.billings import parties
from app.billings.billings import (
    BillingData,
    LineChoice,
    LineData,
    create_billing,
    remembered_choice,
)
from app.billings.book_settings import (
    CompanyEntry,
    Part,
    SettingsRefused,
    WarningEntry,
    save_settings,
)
from app.book.models import Customer
from app.common import coretax_codes
from app.common.errors import Refused
from app.numbers import channel, threshold
from app.numbers.channel import Channel


def test_every_code_of_07_and_08_has_its_label_and_its_stamp_with_a_label():
    for code, count in (("07", 31), ("08", 10)):
        listed, stamps = coretax_codes.facilities()[code], coretax_codes.stamps()[code]
        assert len(listed) == len(stamps) == count
        assert all(listed.values()) and all(stamps.values())
        assert list(stamps) == [coretax_codes.stamp_for(add_info) for add_info in listed]
    assert coretax_codes.facilities()["07"]["TD.00510"] == (
        "untuk BKP tertentu yang bersifat strategis berupa anode slime"
    )
    assert coretax_codes.stamps()["08"]["TD.01104"] == "(Tidak ada cap)"


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"id_type": "TIN"}, "PT A is identified by NPWP: enter the NPWP."),
        ({"id_type": "National ID"}, "PT A is identified by NIK: enter the NIK."),
        ({"id_type": "Passport"}, "PT A is identified by passport: enter the passport's number."),
        ({"id_type": "Other ID", "id_number": " "}, "enter that document's number."),
    ],
)
def test_a_buyer_identified_by_a_document_needs_its_number(book, fields, said):
    with pytest.raises(Refused, match=said.replace("(", r"\(").replace(")", r"\)")):
        parties.add_customer("PT A", **fields)
    assert Customer.select().count() == 0
    assert parties.add_customer("PT B", id_type="National ID", nik="3171011708450001").nik


def test_the_seller_id_tku_is_the_16_digit_npwp_then_the_tku():
    assert parties.seller_id_tku("02.273.210.1-075.000", "000002") == "0022732101075000000002"
    with pytest.raises(Refused, match="must be 6 digits"):
        parties.seller_id_tku("02.273.210.1-075.000", "2")
    with pytest.raises(Refused, match="Enter the NPWP"):
        parties.seller_id_tku("", "000000")


def test_the_last_choice_of_an_item_code_is_there_to_fill_in(book):
    buyer = parties.add_customer("PT B", npwp="013000666091000")
    assert remembered_choice("KRT") is None
    line = LineData("Kertas", Decimal(1), Decimal(5), item_code="KRT", kind="A", unit="Boks")
    create_billing(BillingData("INV-1", buyer.id, date(2026, 11, 2), date(2026, 11, 2), (line,)))
    assert remembered_choice(" KRT ") == LineChoice("A", "000000", "UM.0022")
    assert remembered_choice("") is None


def test_the_channel_is_saved_with_the_other_settings_or_not_at_all(book):
    company = CompanyEntry("PT Penjual Jaya", "02.273.210.1-075.000")
    save_settings(company, WarningEntry(True, "10"), Channel(date(2026, 1, 1)))
    assert channel.current() == Channel(date(2026, 1, 1))
    with pytest.raises(SettingsRefused) as refused:
        save_settings(company, WarningEntry(True, "5"), Channel(date(2024, 12, 31)))
    assert refused.value.part is Part.CHANNEL
    assert "choose that day or a later one" in refused.value.message
    assert channel.current() == Channel(date(2026, 1, 1))
    assert threshold.current().limit == 10  # one part wrong: nothing of the rest saved
    save_settings(company, WarningEntry(True, "10"))
    assert channel.current() == Channel(date(2026, 1, 1))  # None keeps it
