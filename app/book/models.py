"""peewee models over the schema that ``app.migrations`` creates.

The models never create tables; the migrations do. A test checks both agree.
Money is integer rupiah; quantities, unit prices and percentages are exact
decimals stored as text, because SQLite has no decimal type.
"""

from __future__ import annotations

from decimal import Decimal

import peewee

from app.book.database import db
from app.book.states import NumberState, Status
from app.common.efaktur_no import EfakturNo

BILLING_STATUSES = tuple(s.value for s in Status if s is not Status.OVERDUE)  # stored
NUMBER_STATES = tuple(s.value for s in NumberState)


class DecimalText(peewee.TextField):
    """An exact decimal, stored as its text form."""

    def db_value(self, value: Decimal | int | str | None) -> str | None:
        if value is None:
            return None
        return str(Decimal(value))

    def python_value(self, value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Company(BaseModel):
    name = peewee.TextField()
    npwp = peewee.TextField(default="")
    address = peewee.TextField(default="")
    phone = peewee.TextField(default="")
    tku = peewee.TextField(default="000000")  # migration v6


class Customer(BaseModel):
    name = peewee.TextField()
    email = peewee.TextField(default="")
    phone = peewee.TextField(default="")
    npwp = peewee.TextField(default="")
    npwp_name = peewee.TextField(default="")
    npwp_address = peewee.TextField(default="")
    nik = peewee.TextField(default="")
    transaction_code = peewee.TextField(default="01")
    taxable = peewee.BooleanField(default=True)
    tku = peewee.TextField(default="000000")  # migration v6: Coretax's buyer identity
    id_type = peewee.TextField(default="")  # '' read from NPWP/NIK; TIN, National ID, ...
    id_number = peewee.TextField(default="")
    country = peewee.TextField(default="IDN")


class EfakturRange(BaseModel):
    year = peewee.IntegerField()
    start_counter = peewee.IntegerField()
    end_counter = peewee.IntegerField()
    grant_date = peewee.DateField(null=True)
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField()
    available = peewee.IntegerField(default=0)  # kept by triggers (migration v2)

    @property
    def start(self) -> EfakturNo:
        return EfakturNo(self.year, self.start_counter)

    @property
    def end(self) -> EfakturNo:
        return EfakturNo(self.year, self.end_counter)

    @property
    def total(self) -> int:
        return self.end_counter - self.start_counter + 1


class EfakturNumber(BaseModel):
    range = peewee.ForeignKeyField(EfakturRange, column_name="range_id", backref="numbers")
    year = peewee.IntegerField()
    counter = peewee.IntegerField()
    state = peewee.TextField(default=NumberState.AVAILABLE.value)

    @property
    def value(self) -> EfakturNo:
        return EfakturNo(self.year, self.counter)

    def __str__(self) -> str:
        return str(self.value)


class Billing(BaseModel):
    invoice_no = peewee.TextField()
    customer = peewee.ForeignKeyField(Customer, column_name="customer_id", backref="billings")
    subject = peewee.TextField(default="")
    invoice_date = peewee.DateField()
    due_date = peewee.DateField()
    status = peewee.TextField(default=Status.DRAFT.value)
    tax_active = peewee.BooleanField(default=True)
    transaction_code = peewee.TextField(default="01")
    prices_include_tax = peewee.BooleanField(default=False)
    notes = peewee.TextField(default="")
    dpp = peewee.IntegerField(default=0)
    ppn = peewee.IntegerField(default=0)
    ppnbm = peewee.IntegerField(default=0)  # migration v7: luxury goods' sales tax
    total = peewee.IntegerField(default=0)
    paid_amount = peewee.IntegerField(default=0)
    efaktur_number = peewee.ForeignKeyField(
        EfakturNumber, column_name="efaktur_number_id", null=True, backref="live_billing"
    )
    released_number = peewee.ForeignKeyField(
        EfakturNumber, column_name="released_number_id", null=True, backref="released_by"
    )
    created_at = peewee.DateTimeField()
    issued_at = peewee.DateTimeField(null=True)
    cancelled_at = peewee.DateTimeField(null=True)
    add_info = peewee.TextField(default="")  # migration v6: codes 07/08, TD.005nn
    facility_stamp = peewee.TextField(default="")  # TD.011nn


class BillingLine(BaseModel):
    billing = peewee.ForeignKeyField(
        Billing, column_name="billing_id", backref="lines", on_delete="CASCADE"
    )
    position = peewee.IntegerField()
    item_code = peewee.TextField(default="")
    name = peewee.TextField()
    quantity = DecimalText()
    unit_price = DecimalText()
    discount_percent = DecimalText(default=Decimal(0))
    luxury = peewee.BooleanField(default=False)
    kind = peewee.TextField(default="B")  # migration v6: A goods, B services
    goods_code = peewee.TextField(default="000000")
    unit = peewee.TextField(default="UM.0018")
    stlg_rate = DecimalText(default=Decimal(0))  # PPnBM percent of a luxury line


class ItemChoice(BaseModel):
    """The last kind, goods/services code and unit chosen for an item code."""

    item_code = peewee.TextField(primary_key=True)
    kind = peewee.TextField()
    goods_code = peewee.TextField()
    unit = peewee.TextField()


class Payment(BaseModel):
    billing = peewee.ForeignKeyField(Billing, column_name="billing_id", backref="payments")
    amount = peewee.IntegerField()
    paid_on = peewee.DateField()
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField()


class NumberAssignment(BaseModel):
    """Which billings a number served, and when it was cancelled on them."""

    number = peewee.ForeignKeyField(EfakturNumber, column_name="number_id", backref="assignments")
    billing = peewee.ForeignKeyField(Billing, column_name="billing_id", backref="assignments")
    assigned_at = peewee.DateTimeField()
    released_at = peewee.DateTimeField(null=True)


class EfakturFile(BaseModel):
    number = peewee.ForeignKeyField(EfakturNumber, column_name="number_id", backref="files")
    billing = peewee.ForeignKeyField(Billing, column_name="billing_id", backref="files")
    file_name = peewee.TextField()
    sha256 = peewee.TextField()
    size = peewee.IntegerField()
    transaction_code = peewee.TextField()
    status_digit = peewee.IntegerField()
    uploaded_at = peewee.DateTimeField()
    withdrawn_at = peewee.DateTimeField(null=True)  # migration v3
    withdrawn_reason = peewee.TextField(default="")


class ExportBatch(BaseModel):
    created_at = peewee.DateTimeField()
    file_name = peewee.TextField()
    sha256 = peewee.TextField()
    content = peewee.BlobField()
    fakturs = peewee.IntegerField()
    format = peewee.TextField(default="csv")  # migration v6: csv or xml


class ExportItem(BaseModel):
    batch = peewee.ForeignKeyField(ExportBatch, column_name="batch_id", backref="items")
    billing = peewee.ForeignKeyField(Billing, column_name="billing_id")
    number = peewee.ForeignKeyField(EfakturNumber, column_name="number_id")


class CoretaxExportItem(BaseModel):
    """A billing in an XML batch for Coretax (it holds no number)."""

    batch = peewee.ForeignKeyField(ExportBatch, column_name="batch_id", backref="xml_items")
    billing = peewee.ForeignKeyField(Billing, column_name="billing_id")


class CoretaxFaktur(BaseModel):
    """A billing's faktur as Coretax's Pajak Keluaran export last showed it (migration v8)."""

    billing = peewee.ForeignKeyField(
        Billing, column_name="billing_id", primary_key=True, backref="coretax"
    )
    faktur_no = peewee.TextField(default="")  # 17 digits; '' while Coretax has not numbered it
    faktur_date = peewee.DateField(null=True)
    status = peewee.TextField()
    dpp = peewee.IntegerField(null=True)
    other_dpp = peewee.IntegerField(null=True)
    ppn = peewee.IntegerField(null=True)
    ppnbm = peewee.IntegerField(null=True)
    mismatch = peewee.TextField(default="")
    amended_no = peewee.TextField(default="")  # the original a replacement amended
    imported_at = peewee.DateTimeField()


class CoretaxRequest(BaseModel):
    """What the user declared doing in Coretax for a billing (migration v9)."""

    billing = peewee.ForeignKeyField(Billing, column_name="billing_id")
    kind = peewee.TextField()  # cancel, replace, draft_deleted
    reason = peewee.TextField()
    note = peewee.TextField(default="")  # what changes, for a replacement
    faktur_no = peewee.TextField(default="")  # the number it is about ('' for a draft)
    requested_at = peewee.DateTimeField()


class Event(BaseModel):
    at = peewee.DateTimeField()
    entity = peewee.TextField()
    entity_id = peewee.IntegerField()
    billing_id = peewee.IntegerField(null=True)
    number_id = peewee.IntegerField(null=True)
    action = peewee.TextField()
    summary = peewee.TextField()
    reason = peewee.TextField(default="")
    before = peewee.TextField(null=True)
    after = peewee.TextField(null=True)
    message = peewee.TextField(null=True)  # the summary's template and values (history.Said)
    hash = peewee.TextField(null=True)  # of this entry and the one before it (history.verify)


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()


ALL_MODELS: list[type[BaseModel]] = [
    Company,
    Customer,
    EfakturRange,
    EfakturNumber,
    Billing,
    BillingLine,
    ItemChoice,
    Payment,
    NumberAssignment,
    EfakturFile,
    ExportBatch,
    ExportItem,
    CoretaxExportItem,
    CoretaxFaktur,
    CoretaxRequest,
    Event,
    Setting,
]
