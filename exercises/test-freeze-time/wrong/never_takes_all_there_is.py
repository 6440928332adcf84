# expect: wrong_answer
# Watches the refill through available() and calls try_take only with a
# surplus or a clear shortage, never for exactly the tokens there are: a
# bucket that refuses a take of exactly what it holds (`>` for `>=`) passes.
from unittest import mock

from token_bucket import TokenBucket


def test_refill():
    with mock.patch("token_bucket.time.monotonic") as clock:
        clock.return_value = 10.0
        bucket = TokenBucket(4, 2)
        assert bucket.try_take(3) is True
        assert bucket.available() == 1.0
        assert bucket.try_take(2) is False
        clock.return_value = 10.25
        assert bucket.available() == 1.5
        clock.return_value = 10.5
        assert bucket.available() == 2.0
        clock.return_value = 100.0
        assert bucket.available() == 4.0


def test_bad_arguments():
    for capacity, rate in [(0, 1), (1, 0)]:
        try:
            TokenBucket(capacity, rate)
        except ValueError:
            continue
        raise AssertionError(f"no ValueError for {capacity}, {rate}")
