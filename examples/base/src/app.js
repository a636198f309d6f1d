export const greet = (user) => `Hello, ${user.legacy_name ?? user.email}!`;
