"""The history records real changes only: a save that changes nothing writes no entry."""

from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox

from app.billings import billings, numbering, parties
from app.book.models import Billing, Customer, Event
from app.numbers import threshold
from tests.test_window_billings import trigger
from ui import preferences


def entries() -> list[str]:
    return [e.summary for e in Event.select().order_by(Event.id)]


def test_saving_settings_with_only_the_language_changed_records_nothing(window, prompts):
    before = entries()
    trigger(window, "actionSettings")
    dialog = window.dialog
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible() and preferences.chosen_language() == "id"
    assert entries() == before

    trigger(window, "actionSettings")
    dialog = window.dialog
    dialog.warning.limit.setText("25")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert entries() == [*before, "Low-number warning on at 25"]
    last = Event.select().order_by(Event.id.desc()).first()
    assert (last.before, last.after) == (
        '{"enabled": true, "limit": 10}',
        '{"enabled": true, "limit": 25}',
    )


def test_an_unchanged_company_save_records_nothing_and_a_change_only_what_changed(demo):
    company = parties.company()
    before = entries()
    parties.set_company(company.name, company.npwp, company.address, company.phone)
    numbering.save(numbering.current().text)
    threshold.save(threshold.current().enabled, threshold.current().limit)
    assert entries() == before
    parties.set_company(company.name, company.npwp, "Jl. Baru 1", company.phone)
    last = Event.select().order_by(Event.id.desc()).first()
    assert last.summary == f"Company set to {company.name}"
    assert last.after == '{"address": "Jl. Baru 1"}'


def test_an_unchanged_billing_or_customer_edit_records_nothing(demo):
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    sinar = Customer.get(Customer.name == "PT Sinar Jaya Abadi")
    before = entries()
    billings.update_billing(draft.id, billings.data_of(draft))
    parties.save_customer(parties.customer_data(sinar), sinar.id)
    assert entries() == before
    assert not [s for s in entries() if "nothing changed" in s]
    parties.save_customer(replace(parties.customer_data(sinar), phone="021-555"), sinar.id)
    assert entries() == [*before, "Customer PT Sinar Jaya Abadi edited (phone)"]
