import { useCheapPasswordHashingForTests } from '../features/auth/passwords';

// Every server test file: cheap password hashes (see the function's comment).
useCheapPasswordHashingForTests();
