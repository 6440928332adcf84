import unittest
from unittest import mock

from token_bucket import TokenBucket

START = 100.0


def frozen_clock():
    """Patch the clock the module reads; set `.return_value` to move it."""
    return mock.patch("token_bucket.time.monotonic", return_value=START)


def emptied(capacity, rate):
    bucket = TokenBucket(capacity, rate)
    assert bucket.try_take(capacity) is True
    return bucket


def test_a_new_bucket_is_full():
    with frozen_clock():
        bucket = TokenBucket(3, 2)
        assert bucket.available() == 3.0
        assert bucket.try_take() is True
        assert bucket.try_take(2) is True
        assert bucket.try_take() is False
        assert bucket.available() == 0.0


def test_a_failed_take_takes_nothing():
    with frozen_clock():
        bucket = TokenBucket(3, 2)
        assert bucket.try_take(2) is True
        assert bucket.try_take(2) is False
        assert bucket.available() == 1.0
        assert bucket.try_take(4) is False
        assert bucket.try_take() is True


def test_one_tick_before_the_token_is_earned():
    with frozen_clock() as clock:
        bucket = emptied(2, 2)
        clock.return_value = START + 0.499
        assert bucket.try_take() is False


def test_exactly_when_the_token_is_earned():
    with frozen_clock() as clock:
        bucket = emptied(2, 2)
        clock.return_value = START + 0.5
        assert bucket.try_take() is True
        assert bucket.try_take() is False


def test_one_tick_after_the_token_is_earned():
    with frozen_clock() as clock:
        bucket = emptied(2, 2)
        clock.return_value = START + 0.501
        assert bucket.try_take() is True
        assert bucket.try_take() is False


def test_several_tokens_at_their_exact_time():
    with frozen_clock() as clock:
        bucket = emptied(5, 2)
        clock.return_value = START + 1.5
        assert bucket.try_take(3) is True


def test_refill_follows_the_rate():
    with frozen_clock() as clock:
        bucket = emptied(8, 4)
        clock.return_value = START + 0.25
        assert bucket.available() == 1.0
        clock.return_value = START + 1.0
        assert bucket.available() == 4.0

    with frozen_clock() as clock:
        bucket = emptied(2, 0.5)
        clock.return_value = START + 1.0
        assert bucket.available() == 0.5
        clock.return_value = START + 2.0
        assert bucket.available() == 1.0


def test_fractions_of_a_token_add_up():
    with frozen_clock() as clock:
        bucket = emptied(2, 2)
        clock.return_value = START + 0.25
        assert bucket.try_take() is False
        assert bucket.available() == 0.5
        clock.return_value = START + 0.5
        assert bucket.try_take() is True


def test_each_stretch_of_time_is_counted_once():
    with frozen_clock() as clock:
        bucket = emptied(10, 2)
        clock.return_value = START + 1.0
        assert bucket.available() == 2.0
        clock.return_value = START + 2.0
        assert bucket.available() == 4.0
        assert bucket.try_take(4) is True
        clock.return_value = START + 2.5
        assert bucket.available() == 1.0


def test_never_more_than_capacity():
    with frozen_clock() as clock:
        bucket = TokenBucket(3, 2)
        assert bucket.try_take() is True
        clock.return_value = START + 1000
        assert bucket.available() == 3.0
        assert bucket.try_take(3) is True
        assert bucket.try_take() is False


def test_tokens_earned_while_full_are_lost():
    with frozen_clock() as clock:
        bucket = TokenBucket(3, 2)
        clock.return_value = START + 10
        assert bucket.try_take(3) is True
        assert bucket.try_take() is False


def test_bad_arguments_are_refused():
    check = unittest.TestCase()
    with frozen_clock():
        for capacity, rate in [(0, 1), (-2, 1), (1, 0), (1, -0.5)]:
            with check.assertRaises(ValueError):
                TokenBucket(capacity, rate)
        bucket = TokenBucket(1, 0.25)
        for n in (0, -1):
            with check.assertRaises(ValueError):
                bucket.try_take(n)
        assert bucket.try_take(1) is True
