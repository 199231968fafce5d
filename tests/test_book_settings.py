"""The book's settings saved by the core, as the window and the command line ask (no Qt):
the company with its numbering pattern, and with the low-number warning, all or none."""

import pytest

from app.billings import numbering, parties
from app.billings.book_settings import (
    CompanyEntry,
    Part,
    SettingsRefused,
    WarningEntry,
    save_company,
    save_settings,
)
from app.book.models import Event
from app.common.errors import Refused
from app.numbers import threshold
from tests.conftest import TODAY

SELLER = "01.234.567.4-411.000"


def entries() -> int:
    return Event.select().count()


def test_the_company_and_its_pattern_are_saved_together(book):
    saved = save_company(
        CompanyEntry("PT Maju Sentosa", SELLER, "Jl. Asia Afrika 8", "", "FK/{seq:04}")
    )
    assert (saved.name, saved.npwp) == ("PT Maju Sentosa", "012345674411000")
    assert parties.company() == saved
    assert numbering.current().text == "FK/{seq:04}"
    assert numbering.next_invoice_no(TODAY) == "FK/0001"


def test_a_bad_pattern_saves_neither_the_company_nor_the_pattern(demo):
    before, pattern, written = parties.company(), numbering.current(), entries()
    with pytest.raises(Refused, match="running number"):
        save_company(CompanyEntry("PT Lain Lagi", SELLER, "Jl. Baru 1", "", "INV-{yymm}"))
    assert parties.company() == before and before.name == "PT Faspay Demo Niaga"
    assert numbering.current() == pattern
    assert entries() == written  # no history of a save that did not happen


def test_a_bad_company_saves_no_pattern_either(demo):
    pattern, written = numbering.current(), entries()
    with pytest.raises(Refused, match="not a valid NPWP"):
        save_company(CompanyEntry("PT Faspay Demo Niaga", "0123", "", "", "FK/{seq:04}"))
    assert numbering.current() == pattern and entries() == written


def test_without_a_pattern_the_saved_one_is_kept(demo):
    numbering.save("FK/{yyyy}/{seq:04}")
    save_company(CompanyEntry("PT Faspay Demo Niaga", SELLER, "Jl. Baru 1"))
    assert parties.company().address == "Jl. Baru 1"
    assert numbering.current().text == "FK/{yyyy}/{seq:04}"


def test_saving_everything_unchanged_writes_no_history(demo):
    company, setting, written = parties.company(), threshold.current(), entries()
    save_settings(
        CompanyEntry(
            company.name, company.npwp, company.address, company.phone, numbering.current().text
        ),
        WarningEntry(setting.enabled, str(setting.limit)),
    )
    assert entries() == written


def test_settings_are_saved_all_together(demo):
    save_settings(
        CompanyEntry("PT Maju Sentosa", SELLER, "Jl. Asia Afrika 8", "", "FK/{seq:04}"),
        WarningEntry(True, "75"),
    )
    assert parties.company().name == "PT Maju Sentosa"
    assert numbering.current().text == "FK/{seq:04}"
    assert threshold.current() == threshold.Threshold(True, 75)


@pytest.mark.parametrize(
    ("company", "limit", "part", "says"),
    [
        (
            CompanyEntry("PT Maju Sentosa", SELLER, pattern="FK/{seq:04}"),
            "banyak",
            Part.WARNING,
            "whole number",
        ),
        (CompanyEntry("", SELLER, pattern="FK/{seq:04}"), "75", Part.COMPANY, "company's name"),
        (
            CompanyEntry("PT Maju Sentosa", SELLER, pattern="FK/{tahun}{seq}"),
            "75",
            Part.COMPANY,
            "unknown part",
        ),
    ],
)
def test_a_problem_in_one_part_saves_nothing_and_names_that_part(demo, company, limit, part, says):
    before = (parties.company(), numbering.current(), threshold.current(), entries())
    with pytest.raises(SettingsRefused, match=says) as refused:
        save_settings(company, WarningEntry(True, limit))
    assert refused.value.part is part
    assert (parties.company(), numbering.current(), threshold.current(), entries()) == before
