# expect: wrong_answer
# Tests the refill well, but refuses only a negative rate: a rate of 0,
# which the statement refuses too, is never tried.
from unittest import mock

from token_bucket import TokenBucket


def test_refill():
    with mock.patch("token_bucket.time.monotonic") as clock:
        clock.return_value = 10.0
        bucket = TokenBucket(4, 2)
        assert bucket.try_take(4) is True
        clock.return_value = 10.25
        assert bucket.try_take() is False
        clock.return_value = 10.5
        assert bucket.try_take() is True
        clock.return_value = 11.0
        assert bucket.available() == 1.0
        clock.return_value = 100.0
        assert bucket.available() == 4.0


def test_bad_arguments():
    for capacity, rate in [(0, 1), (1, -1)]:
        try:
            TokenBucket(capacity, rate)
        except ValueError:
            continue
        raise AssertionError(f"no ValueError for {capacity}, {rate}")
