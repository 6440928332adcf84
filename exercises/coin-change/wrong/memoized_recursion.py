# expect: runtime_error
# Top-down recursion with a cache: fast, but for an amount of 10 000 with a
# coin of 1 the recursion goes 10 000 calls deep (RecursionError).
from functools import lru_cache


def min_coins(coins: list, amount: int) -> int:
    @lru_cache(maxsize=None)
    def fewest(remaining):
        if remaining == 0:
            return 0
        best = -1
        for coin in coins:
            if coin <= remaining:
                rest = fewest(remaining - coin)
                if rest != -1 and (best == -1 or rest + 1 < best):
                    best = rest + 1
        return best

    return fewest(amount)


def count_ways(coins: list, amount: int) -> int:
    @lru_cache(maxsize=None)
    def ways(index, remaining):
        if remaining == 0:
            return 1
        if index == len(coins) or remaining < 0:
            return 0
        return ways(index, remaining - coins[index]) + ways(index + 1, remaining)

    return ways(0, amount)
