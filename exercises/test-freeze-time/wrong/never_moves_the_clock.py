# expect: wrong_answer
# Freezes the clock but never moves it: only a brand-new bucket and the
# argument checks are tested, so nothing about refilling is.
import unittest
from unittest import mock

from token_bucket import TokenBucket


def test_a_new_bucket_is_full():
    with mock.patch("token_bucket.time.monotonic", return_value=50.0):
        bucket = TokenBucket(3, 2)
        assert bucket.available() == 3.0
        assert bucket.try_take(3) is True
        assert bucket.try_take() is False


def test_bad_arguments():
    check = unittest.TestCase()
    with mock.patch("token_bucket.time.monotonic", return_value=50.0):
        with check.assertRaises(ValueError):
            TokenBucket(0, 1)
        with check.assertRaises(ValueError):
            TokenBucket(1, 0)
        with check.assertRaises(ValueError):
            TokenBucket(1, 1).try_take(0)
