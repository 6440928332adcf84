-- expect: wrong_answer
-- Filters the cancelled orders in WHERE, after the join: a customer whose
-- orders are all cancelled has no row left and disappears.
SELECT c.id, c.name, COUNT(o.id) AS orders, MAX(o.placed_on) AS last_order
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.id IS NULL OR o.status <> 'cancelled'
GROUP BY c.id, c.name
ORDER BY orders DESC, c.name, c.id;
