-- expect: time_limit_exceeded
-- Right answer, but each correlated subquery scans the whole orders table
-- once per customer: customers x orders rows.
SELECT c.id,
       c.name,
       (SELECT COUNT(*) FROM orders AS o
         WHERE o.customer_id = c.id AND o.status <> 'cancelled') AS orders,
       (SELECT MAX(o.placed_on) FROM orders AS o
         WHERE o.customer_id = c.id AND o.status <> 'cancelled') AS last_order
FROM customers AS c
ORDER BY orders DESC, c.name, c.id;
