-- expect: wrong_answer
-- Groups by the name: two customers with the same name are merged.
SELECT MIN(c.id) AS id, c.name, COUNT(o.id) AS orders, MAX(o.placed_on) AS last_order
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.name
ORDER BY orders DESC, c.name, id;
