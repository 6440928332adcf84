# expect: wrong_answer
# Runs the inner loop over every amount from 0 instead of from the coin's
# value: for total < coin, ways[total - coin] is a negative index, which Python
# silently reads from the end of the list.
def min_coins(coins: list, amount: int) -> int:
    """Fewest coins that add up to amount (each denomination unlimited), or -1."""
    impossible = amount + 1  # more coins than any real answer can use
    fewest = [0] + [impossible] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and fewest[total - coin] + 1 < fewest[total]:
                fewest[total] = fewest[total - coin] + 1
    return fewest[amount] if fewest[amount] != impossible else -1


def count_ways(coins: list, amount: int) -> int:
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
