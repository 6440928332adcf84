-- expect: runtime_error
-- Computes the new id as COUNT(*) + 1: after deletions that id is taken,
-- and the PRIMARY KEY refuses the insert.
-- query: add_user
INSERT INTO users (id, email, name, age)
VALUES ((SELECT COUNT(*) + 1 FROM users), :email, :name, :age);

-- query: update_user
UPDATE users SET name = :name, age = :age WHERE id = :id;

-- query: delete_user
DELETE FROM users WHERE id = :id;

-- query: find_user
SELECT id, name, age FROM users WHERE email = :email;
