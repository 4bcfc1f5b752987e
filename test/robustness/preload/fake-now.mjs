// The built binary under another current date: FACTCHECK_TEST_NOW (an ISO timestamp) is "now".
const now = Date.parse(process.env.FACTCHECK_TEST_NOW ?? '2001-02-03T04:05:06Z');
const RealDate = Date;
class FakeDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(now);
    else super(...args);
  }
  static now() {
    return now;
  }
}
globalThis.Date = FakeDate;
