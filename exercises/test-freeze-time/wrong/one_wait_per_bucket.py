# expect: wrong_answer
# Each bucket is emptied, then looked at once, after one wait of a whole
# number of tokens: a bucket that measures every refill from its creation,
# or drops fractions of a token, gives the same answers.
from unittest import mock

from token_bucket import TokenBucket


def check_after(wait, expected, capacity=4, rate=2):
    with mock.patch("token_bucket.time.monotonic") as clock:
        clock.return_value = 10.0
        bucket = TokenBucket(capacity, rate)
        assert bucket.try_take(capacity) is True
        clock.return_value = 10.0 + wait
        assert bucket.available() == expected


def test_refill():
    check_after(0.5, 1.0)
    check_after(1.0, 2.0)
    check_after(100.0, 4.0)
    check_after(1.0, 4.0, capacity=8, rate=4)


def test_boundary():
    with mock.patch("token_bucket.time.monotonic") as clock:
        clock.return_value = 10.0
        bucket = TokenBucket(1, 2)
        assert bucket.try_take() is True
        clock.return_value = 10.5
        assert bucket.try_take() is True


def test_bad_arguments():
    for capacity, rate in [(0, 1), (1, 0)]:
        try:
            TokenBucket(capacity, rate)
        except ValueError:
            continue
        raise AssertionError(f"no ValueError for {capacity}, {rate}")
