-- expect: wrong_answer
-- Counts the orders right with a CASE, but joins every order, so the latest
-- date comes from cancelled orders too.
SELECT c.id,
       c.name,
       COUNT(CASE WHEN o.status <> 'cancelled' THEN 1 END) AS orders,
       MAX(o.placed_on) AS last_order
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY orders DESC, c.name, c.id;
