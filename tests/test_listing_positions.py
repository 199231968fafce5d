"""A row's place in a sorted, filtered list comes from one query (New Billing selects the
new row on a 200,000-billing book without reading every page)."""

import pytest

from app.billings.listing import BillingListing, CustomerListing
from app.book.history import EventListing
from app.book.states import Status
from app.efaktur.listing import FileListing
from app.numbers.listing import NumberListing, RangeListing


def listings():
    yield BillingListing()
    yield BillingListing(search="Sinar")
    yield BillingListing(status=Status.PAID)
    yield CustomerListing()
    yield NumberListing()
    yield RangeListing()
    yield FileListing()
    yield EventListing()


@pytest.mark.parametrize("descending", [False, True])
def test_each_rows_place_is_where_the_list_shows_it(demo, descending):
    for listing in listings():
        for key in listing.sort_columns:
            listing.sort_by(key, descending)
            rows = listing.rows()
            places = {row.id: place for place, row in enumerate(rows)}
            for row in rows[:40] + rows[-40:]:
                assert listing.position_of(row.id) == places[row.id], (type(listing), key)
    assert BillingListing(search="no such customer").position_of(1) is None
