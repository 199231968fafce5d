"""The company (seller) and its customers (buyers)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.billings.rules import CustomerFacts, may_delete_customer
from app.book import history
from app.book.dialect import writing
from app.book.models import Billing, Company, Customer
from app.common import coretax_codes
from app.common.coretax_codes import GENERIC_CODE, ID_TYPES, TRANSACTION_CODES
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, tr
from app.common.verdicts import Verdict

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _validated(kind: str, text: str, whose: str, rule: str) -> str:
    """Digits of a valid NPWP or NIK (stdnum's ``id.npwp``/``id.nik``), or '' for none."""
    from importlib import import_module  # stdnum loads on use: keeps start-up lean

    from stdnum.exceptions import ValidationError

    text = text.strip()
    if not text:
        return ""
    try:
        return import_module(f"stdnum.id.{kind}").validate(text)
    except ValidationError as exc:
        detail = exc.message.rstrip(".").lower()
        raise Refused(
            tr("{whose} “{text}” is not a valid {upper}: {rule} ({detail}).").format(
                whose=whose, text=text, upper=kind.upper(), rule=rule, detail=detail
            )
        ) from exc


def clean_npwp(text: str, whose: str = "NPWP") -> str:
    """Digits of a valid NPWP (15 or 16 digits), or '' for none; Refused when invalid."""
    return _validated(
        "npwp", text, whose, tr("it must have 15 or 16 digits with a correct check digit")
    )


def show_npwp(digits: str) -> str:
    """A 15-digit NPWP punctuated (``01.234.567.8-901.000``); a 16-digit one as its 16
    digits, as DJP writes it (stdnum would punctuate it like a 15-digit one)."""
    from stdnum.exceptions import ValidationError
    from stdnum.id import npwp as npwp_format

    if not digits or len(digits) == 16:
        return digits
    try:
        return npwp_format.format(digits)
    except ValidationError:
        return digits


def npwp_key(text: str) -> str:
    """One NPWP in one form, to compare: its digits, the 16-digit form of a 15-digit NPWP
    (``0`` + the 15 digits) as the 15; '' for none (an NPWP of zeros counts as none)."""
    digits = re.sub(r"\D", "", text)
    if not digits.strip("0"):
        return ""
    return digits[1:] if len(digits) == 16 and digits.startswith("0") else digits


def npwp16(text: str) -> str:
    """The 16-digit NPWP Coretax takes: a 15-digit one gets a leading 0 (PMK 112/2022);
    '' for none."""
    digits = real_npwp(text)
    return "0" + digits if len(digits) == 15 else digits


def real_npwp(text: str) -> str:
    """The NPWP's digits, or "" when there is none: an NPWP of zeros counts as none."""
    found = re.sub(r"\D", "", text)
    return found if found.strip("0") else ""


def same_npwp(a: str, b: str) -> bool:
    """The same NPWP, whichever form (15 or 16 digits, punctuated or not) each is in."""
    return npwp_key(a) == npwp_key(b)


def same_company(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """(name, NPWP) pairs of one company: the NPWPs agree, or, with no NPWP on either
    side, the names do."""
    if npwp_key(a[1]) or npwp_key(b[1]):
        return same_npwp(a[1], b[1])
    return a[0].strip().casefold() == b[0].strip().casefold()


@dataclass(frozen=True)
class CompanyDetails:
    """The company as saved: the seller on every faktur."""

    name: str
    npwp: str = ""
    address: str = ""
    phone: str = ""
    tku: str = GENERIC_CODE  # place of business: NITKU = NPWP16 + TKU

    @property
    def nitku(self) -> str:
        """The seller's 22-digit ID TKU for Coretax ('' without an NPWP)."""
        return npwp16(self.npwp) + self.tku if real_npwp(self.npwp) else ""


def _details(company: Company) -> CompanyDetails:
    return CompanyDetails(company.name, company.npwp, company.address, company.phone, company.tku)


def _six_digits(reader: Callable[[str], str], text: str) -> str:
    try:
        return reader(text)
    except ValueError as exc:
        raise Refused(str(exc)) from exc


def seller_id_tku(npwp: str, tku: str) -> str:
    """The 22-digit ID TKU (NITKU) a company's NPWP and TKU make: the 16-digit NPWP, then
    the TKU; Refused naming what is wrong."""
    digits = clean_npwp(npwp, tr("The company's NPWP"))
    if not digits:
        raise Refused(tr("Enter the NPWP: the ID TKU is its 16 digits followed by the TKU."))
    return npwp16(digits) + _six_digits(coretax_codes.tku, tku)


def set_company(
    name: str, npwp: str, address: str = "", phone: str = "", tku: str | None = None
) -> CompanyDetails:
    """Save the company; ``tku`` None keeps the saved TKU (``000000`` for a new one)."""
    name = name.strip()
    if not name:
        raise Refused(tr("Enter the company's name."))
    digits = clean_npwp(npwp, tr("The company's NPWP"))
    after: dict[str, str] = {
        "name": name,
        "npwp": digits,
        "address": address.strip(),
        "phone": phone.strip(),
    }
    if tku is not None:
        after["tku"] = _six_digits(coretax_codes.tku, tku)
    with writing():
        company = Company.select().first()
        before = None
        if company is None:
            company = Company(name=name)
        else:
            before = {key: getattr(company, key) for key in after}
            if before == after:
                return _details(company)  # nothing to save, nothing for the history
            before, after = history.changed_fields(before, after)
        for key, value in after.items():
            setattr(company, key, value)
        company.save()
        history.record(
            "company",
            company.id,
            "company_saved",
            history.said(QT_TR_NOOP("Company set to {name}"), name=name),
            before=before,
            after=after,
        )
        return _details(company)


def company() -> CompanyDetails | None:
    found = Company.select().first()
    return None if found is None else _details(found)


@dataclass(frozen=True)
class CustomerData:
    name: str
    email: str = ""
    phone: str = ""
    npwp: str = ""
    npwp_name: str = ""
    npwp_address: str = ""
    nik: str = ""
    transaction_code: str = "01"
    taxable: bool = True
    tku: str = GENERIC_CODE  # Coretax: the buyer's place of business
    id_type: str = ""  # TIN, National ID, Passport, Other ID; '' read from NPWP or NIK
    id_number: str = ""  # of a Passport or Other ID (a National ID is the NIK)
    country: str = "IDN"  # ISO 3166 alpha-3


def clean_nik(text: str, whose: str = "NIK") -> str:
    """Digits of a valid NIK (16 digits), or '' for none; Refused when invalid."""
    return _validated(
        "nik",
        text,
        whose,
        tr("it must have 16 digits, starting with the region and the date of birth as on the KTP"),
    )


def clean_email(text: str) -> str:
    """An e-mail address, or '' for none; Refused when it is not one."""
    email = text.strip()
    if email and not EMAIL.fullmatch(email):
        raise Refused(tr("“{email}” is not an e-mail address.").format(email=email))
    return email


def identity_problem(name: str, id_type: str, npwp: str, nik: str, id_number: str) -> str:
    """What a buyer identified for Coretax by a document lacks: that document's number
    ('' when nothing is lacking)."""
    missing = {
        "TIN": (not real_npwp(npwp), QT_TR_NOOP("{name} is identified by NPWP: enter the NPWP.")),
        "National ID": (not nik, QT_TR_NOOP("{name} is identified by NIK: enter the NIK.")),
        "Passport": (
            not id_number,
            QT_TR_NOOP("{name} is identified by passport: enter the passport's number."),
        ),
        "Other ID": (
            not id_number,
            QT_TR_NOOP("{name} is identified by another ID: enter that document's number."),
        ),
    }
    lacking, message = missing.get(id_type, (False, ""))
    return tr(message).format(name=name) if lacking else ""


def _cleaned(data: CustomerData) -> dict[str, object]:
    name = data.name.strip()
    if not name:
        raise Refused(tr("Enter the customer's name."))
    if data.transaction_code not in TRANSACTION_CODES:
        raise Refused(
            tr(
                "The transaction code of {name} must be one of 01 to 10, not “{transaction_code}”."
            ).format(name=name, transaction_code=data.transaction_code)
        )
    email = clean_email(data.email)
    if data.id_type not in ("", *ID_TYPES):
        raise Refused(
            tr("The identity type of {name} must be one of {types}, not “{id_type}”.").format(
                name=name, types=", ".join(ID_TYPES), id_type=data.id_type
            )
        )
    country = data.country.strip().upper() or "IDN"
    if not re.fullmatch(r"[A-Z]{3}", country):
        raise Refused(
            tr(
                "The country of {name} must be its ISO 3166 three-letter code (IDN for "
                "Indonesia), not “{country}”."
            ).format(name=name, country=data.country)
        )
    npwp = clean_npwp(data.npwp, tr("The NPWP of {name}").format(name=name))
    nik = clean_nik(data.nik, tr("The NIK of {name}").format(name=name))
    lacking = identity_problem(name, data.id_type, npwp, nik, data.id_number.strip())
    if lacking:
        raise Refused(lacking)
    return {
        "name": name,
        "npwp": npwp,
        "nik": nik,
        "npwp_name": data.npwp_name.strip() or name,
        "npwp_address": data.npwp_address.strip(),
        "email": email,
        "phone": data.phone.strip(),
        "transaction_code": data.transaction_code,
        "taxable": data.taxable,
        "tku": _six_digits(coretax_codes.tku, data.tku),
        "id_type": data.id_type,
        "id_number": data.id_number.strip(),
        "country": country,
    }


def _summary(fields: dict[str, object]) -> dict[str, object]:
    """A new customer as its history entry keeps it: its Coretax identity only when it
    was given (a plain customer's entry stays as short as before)."""
    kept = {k: fields[k] for k in ("name", "npwp", "nik", "transaction_code", "taxable")}
    given = {
        k: fields[k]
        for k, default in (
            ("tku", GENERIC_CODE),
            ("id_type", ""),
            ("id_number", ""),
            ("country", "IDN"),
        )
        if fields[k] != default
    }
    return {**kept, **given}


def save_customer(data: CustomerData, customer_id: int | None = None) -> Customer:
    """Add a customer, or change one (``customer_id``)."""
    fields = _cleaned(data)
    with writing():
        if customer_id is None:
            customer = Customer.create(**fields)
            history.record(
                "customer",
                customer.id,
                "customer_added",
                history.said(QT_TR_NOOP("Customer {name} added"), name=customer.name),
                after=_summary(fields),
            )
            return customer
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise Refused(tr("That customer no longer exists."))
        before, after = history.changed_fields({k: getattr(customer, k) for k in fields}, fields)
        if not before:
            return customer  # nothing to save, nothing for the history
        for key, value in fields.items():
            setattr(customer, key, value)
        customer.save()
        history.record(
            "customer",
            customer.id,
            "customer_edited",
            history.said(
                QT_TR_NOOP("Customer {name} edited ({fields})"),
                name=customer.name,
                fields=", ".join(before),
            ),
            before=before,
            after=after,
        )
        return customer


def add_customer(name: str, **fields: object) -> Customer:
    return save_customer(CustomerData(name, **fields))  # type: ignore[arg-type]


def facts_of_customer(customer: Customer) -> CustomerFacts:
    billings = Billing.select().where(Billing.customer == customer.id).count()
    return CustomerFacts(customer.name, billings)


def may_delete(customer_id: int) -> Verdict:
    """May the customer be deleted (the window asks it of the listing's row instead)."""
    return may_delete_customer(facts_of_customer(_load_customer(customer_id)))


def _load_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise Refused(tr("That customer no longer exists."))
    return customer


def delete_customer(customer_id: int) -> str:
    """Delete a customer who has no billings; returns the name."""
    with writing():
        customer = _load_customer(customer_id)
        may_delete_customer(facts_of_customer(customer)).require()
        name = customer.name
        customer.delete_instance()
        history.record(
            "customer",
            customer_id,
            "customer_deleted",
            history.said(QT_TR_NOOP("Customer {name} deleted"), name=name),
            before={"name": name, "npwp": customer.npwp, "nik": customer.nik},
        )
        return name


def customer_data(customer: Customer) -> CustomerData:
    return CustomerData(
        **{f.name: getattr(customer, f.name) for f in dataclasses.fields(CustomerData)}
    )


def load_customer_data(customer_id: int) -> CustomerData:
    """A saved customer's values as the form holds them; Refused when it is gone."""
    return customer_data(_load_customer(customer_id))


@dataclass(frozen=True)
class CustomerName:
    id: int
    name: str


def customer_names() -> list[CustomerName]:
    """Every customer by name, to choose from."""
    rows = Customer.select(Customer.id, Customer.name).order_by(Customer.name).tuples()
    return [CustomerName(customer_id, name) for customer_id, name in rows]
