# expect: wrong_answer
# Every bucket refills one token per second, where multiplying by the rate
# and dividing by it give the same number.
from unittest import mock

from token_bucket import TokenBucket


def test_boundary():
    with mock.patch("token_bucket.time.monotonic") as clock:
        clock.return_value = 10.0
        bucket = TokenBucket(2, 1)
        assert bucket.try_take(2) is True
        clock.return_value = 10.5
        assert bucket.try_take() is False
        clock.return_value = 11.0
        assert bucket.try_take() is True
        clock.return_value = 11.75
        assert bucket.available() == 0.75


def test_capacity():
    with mock.patch("token_bucket.time.monotonic") as clock:
        clock.return_value = 10.0
        bucket = TokenBucket(3, 1)
        clock.return_value = 20.0
        assert bucket.available() == 3.0


def test_bad_arguments():
    for capacity, rate in [(0, 1), (1, 0)]:
        try:
            TokenBucket(capacity, rate)
        except ValueError:
            continue
        raise AssertionError(f"no ValueError for {capacity}, {rate}")
