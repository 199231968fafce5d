"""The company (seller) and its customers (buyers)."""

from __future__ import annotations

from app import history
from app.errors import Refused
from app.models import Company, Customer, db


def clean_npwp(text: str, whose: str = "NPWP") -> str:
    """Digits of a valid NPWP (15 or 16 digits), or '' for none; Refused when invalid."""
    from stdnum.exceptions import ValidationError  # imported on use: keeps start-up lean
    from stdnum.id import npwp as npwp_format

    text = text.strip()
    if not text:
        return ""
    try:
        return npwp_format.validate(text)
    except ValidationError as exc:
        raise Refused(
            f"{whose} “{text}” is not a valid NPWP: it must have 15 or 16 digits "
            f"with a correct check digit ({exc.message})."
        ) from exc


def show_npwp(digits: str) -> str:
    from stdnum.exceptions import ValidationError
    from stdnum.id import npwp as npwp_format

    if not digits:
        return ""
    try:
        return npwp_format.format(digits)
    except ValidationError:
        return digits


def set_company(name: str, npwp: str, address: str = "", phone: str = "") -> Company:
    name = name.strip()
    if not name:
        raise Refused("Enter the company's name.")
    digits = clean_npwp(npwp, "The company's NPWP")
    with db.atomic("IMMEDIATE"):
        company = Company.select().first()
        before = None
        if company is None:
            company = Company(name=name)
        else:
            before = {"name": company.name, "npwp": company.npwp}
        company.name, company.npwp, company.address, company.phone = (
            name,
            digits,
            address.strip(),
            phone.strip(),
        )
        company.save()
        history.record(
            "company",
            company.id,
            "company_saved",
            f"Company set to {name}",
            before=before,
            after={"name": name, "npwp": digits},
        )
        return company


def company() -> Company | None:
    return Company.select().first()


def add_customer(
    name: str,
    *,
    npwp: str = "",
    nik: str = "",
    npwp_name: str = "",
    npwp_address: str = "",
    email: str = "",
    phone: str = "",
    transaction_code: str = "01",
    taxable: bool = True,
) -> Customer:
    name = name.strip()
    if not name:
        raise Refused("Enter the customer's name.")
    digits = clean_npwp(npwp, f"The NPWP of {name}")
    nik = "".join(ch for ch in nik if ch.isdigit())
    with db.atomic("IMMEDIATE"):
        customer = Customer.create(
            name=name,
            npwp=digits,
            nik=nik,
            npwp_name=npwp_name.strip() or name,
            npwp_address=npwp_address.strip(),
            email=email.strip(),
            phone=phone.strip(),
            transaction_code=transaction_code,
            taxable=taxable,
        )
        history.record(
            "customer",
            customer.id,
            "customer_added",
            f"Customer {name} added",
            after={"name": name, "npwp": digits, "nik": nik},
        )
        return customer
