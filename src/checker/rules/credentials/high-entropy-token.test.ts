import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'commit 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a fixed the flaky test',
    'tracking 1Z999AA10123456784 still says in transit',
    'read https://github.com/acme-oss/toolkit/blob/main/src/VeryLongFileName2024Final.ts',
    '#ThrowbackThursday2024WithTheBestTeamEver',
    'build 2024.06.1455 is green, version 10.2.3',
    'UUID 550e8400-e29b-41d4-a716-446655440000 keeps showing up in the logs',
    'ISBN 978-1-4493-7332-0 is on my desk',
  ],
  invalid: [
    {
      text: 'why is this printed in my logs: Gh7Kq2Zp9Xw4Vb6Nm1Lt8Rc3Yd5 ?',
      found: ['Gh7Kq2Zp9Xw4Vb6Nm1Lt8Rc3Yd5'],
      severity: 'block',
      suggestion: '[removed]',
    },
    { text: 'client secret is 7Hq2Lx9Vb4Nm8Kp3Rt6Wz1Yc5', found: ['7Hq2Lx9Vb4Nm8Kp3Rt6Wz1Yc5'] },
    {
      text: 'here is the key for the staging bucket zvr3e9XrwPGzR1Iv8bh4qlL9qcgM',
      found: ['zvr3e9XrwPGzR1Iv8bh4qlL9qcgM'],
    },
  ],
});
