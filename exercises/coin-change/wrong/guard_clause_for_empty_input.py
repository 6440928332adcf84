# expect: wrong_answer
# An early "nothing to do" guard that treats an amount of 0 like an impossible
# one: min_coins gives -1 instead of 0 and count_ways 0 instead of 1.
def min_coins(coins: list, amount: int) -> int:
    if not coins or amount == 0:
        return -1
    impossible = amount + 1
    fewest = [0] + [impossible] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and fewest[total - coin] + 1 < fewest[total]:
                fewest[total] = fewest[total - coin] + 1
    return fewest[amount] if fewest[amount] != impossible else -1


def count_ways(coins: list, amount: int) -> int:
    if not coins or amount == 0:
        return 0
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
