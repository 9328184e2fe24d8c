import { parseInPlace } from '../parse-in-place.js';
import { layoutFixtureTests } from './layout-fixture-cases.js';

// `check` parses the imported decks in place, in this process.
parseInPlace();

// The other half of the layout fixtures (the first: layout-fixtures.test.ts), on the other worker.
layoutFixtureTests(1, 2);
