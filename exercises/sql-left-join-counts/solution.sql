SELECT c.id,
       c.name,
       COUNT(o.id)      AS orders,
       MAX(o.placed_on) AS last_order
FROM customers AS c
LEFT JOIN orders AS o
       ON o.customer_id = c.id
      AND o.status <> 'cancelled'
GROUP BY c.id, c.name
ORDER BY orders DESC, c.name, c.id;
