# expect: wrong_answer
# Returns the DP's "impossible" sentinel (amount + 1) as it is instead of -1.
def min_coins(coins: list, amount: int) -> int:
    fewest = [0] + [amount + 1] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total:
                fewest[total] = min(fewest[total], fewest[total - coin] + 1)
    return fewest[amount]


def count_ways(coins: list, amount: int) -> int:
    """Number of multisets of coins that add up to amount (order does not matter)."""
    ways = [1] + [0] * amount
    for coin in coins:  # coins in the outer loop: each combination counted once
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
