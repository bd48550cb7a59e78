/** Common English given names by usual gender, and surnames, for the shop's foreign customers. */
// prettier-ignore
export const EN_GIVEN_MALE = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Daniel',
  'Matthew', 'Anthony', 'Mark', 'Steven', 'Andrew', 'Paul', 'Joshua', 'Kevin', 'Brian', 'George',
  'Oliver', 'Harry', 'Jack', 'Noah', 'Leo', 'Oscar', 'Ethan', 'Lucas', 'Samuel', 'Ryan',
] as const

// prettier-ignore
export const EN_GIVEN_FEMALE = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen',
  'Emily', 'Emma', 'Olivia', 'Sophia', 'Amelia', 'Isla', 'Grace', 'Chloe', 'Lucy', 'Hannah',
  'Rachel', 'Laura', 'Anna', 'Megan', 'Alice', 'Claire', 'Zoe', 'Ella', 'Mia', 'Ruby',
] as const

// prettier-ignore
export const EN_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Anderson',
  'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark',
  'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker',
  'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner',
  'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper',
  'Wong', 'Chan', 'Lim', 'Tan', 'Ng', 'Cheung', 'Lau', 'Ho', 'Kim', 'Nguyen',
] as const
