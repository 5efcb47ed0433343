// Reads SPL Token / Token-2022 account and mint data into the RPC's jsonParsed shapes.
import bs58 from './base58.mjs';

export const TOKEN_PROGRAMS = {
  TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA: 'spl-token',
  TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb: 'spl-token-2022',
};

const ACCOUNT_SIZE = 165;
const ACCOUNT_TYPE_ACCOUNT = 2;
const STATES = ['uninitialized', 'initialized', 'frozen'];

/** Whether account data is a token account (not a mint) of either token program. */
export function isTokenAccount(data) {
  return data.length === ACCOUNT_SIZE || (data.length > ACCOUNT_SIZE && data[ACCOUNT_SIZE] === ACCOUNT_TYPE_ACCOUNT);
}

export function readTokenAccount(data) {
  const view = Buffer.from(data);
  const hasDelegate = view.readUInt32LE(72) === 1;
  return {
    mint: bs58.encode(data.subarray(0, 32)),
    owner: bs58.encode(data.subarray(32, 64)),
    amount: view.readBigUInt64LE(64),
    delegate: hasDelegate ? bs58.encode(data.subarray(76, 108)) : null,
    state: STATES[data[108]] ?? 'uninitialized',
    isNative: view.readUInt32LE(109) === 1,
    delegatedAmount: view.readBigUInt64LE(121),
  };
}

export function mintDecimals(mintData) {
  return mintData[44];
}

export function uiAmount(amount, decimals) {
  const text = amount.toString().padStart(decimals + 1, '0');
  const whole = text.slice(0, text.length - decimals);
  const fraction = text.slice(text.length - decimals).replace(/0+$/, '');
  const uiAmountString = fraction ? `${whole}.${fraction}` : whole;
  return { amount: amount.toString(), decimals, uiAmount: Number(uiAmountString), uiAmountString };
}

/** The jsonParsed `data` of a token account. */
export function parsedTokenAccount(programName, account, decimals) {
  const info = {
    isNative: account.isNative,
    mint: account.mint,
    owner: account.owner,
    state: account.state,
    tokenAmount: uiAmount(account.amount, decimals),
  };
  if (account.delegate) {
    info.delegate = account.delegate;
    info.delegatedAmount = uiAmount(account.delegatedAmount, decimals);
  }
  return { program: programName, parsed: { info, type: 'account' }, space: ACCOUNT_SIZE };
}
