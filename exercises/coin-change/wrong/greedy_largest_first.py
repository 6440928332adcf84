# expect: wrong_answer
# Greedy: always takes the largest coin that still fits. Right for everyday
# currencies, wrong for [1, 3, 4] and 6 (4+1+1 instead of 3+3), and it gives up
# where a smaller coin first would have worked.
def min_coins(coins: list, amount: int) -> int:
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1


def count_ways(coins: list, amount: int) -> int:
    """Number of multisets of coins that add up to amount (order does not matter)."""
    ways = [1] + [0] * amount
    for coin in coins:  # coins in the outer loop: each combination counted once
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
